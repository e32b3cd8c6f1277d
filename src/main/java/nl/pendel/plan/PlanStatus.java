package nl.pendel.plan;

/** Where a plan stands, in order. "Klaar voor bijeenkomst 3" needs a trainer's sign-off. */
public enum PlanStatus {
    IDEA,
    IN_PROGRESS,
    READY,
    RUNNING,
    EVALUATED;

    public String translationKey() {
        return "plan.status." + name();
    }
}
