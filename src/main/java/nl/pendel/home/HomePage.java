package nl.pendel.home;

import java.util.Optional;
import nl.pendel.homework.Assignment;
import nl.pendel.schedule.MySession;

/**
 * What the home page shows beside the greeting and the menu: a participant's next session and
 * next homework not handed in yet (both empty for anyone else).
 */
record HomePage(Optional<MySession> nextSession, Optional<Assignment> nextHomework) {

    static final HomePage EMPTY = new HomePage(Optional.empty(), Optional.empty());
}
