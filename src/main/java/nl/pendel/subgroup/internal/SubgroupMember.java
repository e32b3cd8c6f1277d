package nl.pendel.subgroup.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's place in one course: at most one subgroup per course. */
@Entity
@Table(name = "subgroup_member")
public class SubgroupMember {

    @EmbeddedId
    private Key key;

    private Long subgroupId;

    protected SubgroupMember() {}

    public SubgroupMember(long courseId, long personId, long subgroupId) {
        this.key = new Key(courseId, personId);
        this.subgroupId = subgroupId;
    }

    public long getPersonId() {
        return key.personId;
    }

    public long getCourseId() {
        return key.courseId;
    }

    public Long getSubgroupId() {
        return subgroupId;
    }

    public void setSubgroupId(Long subgroupId) {
        this.subgroupId = subgroupId;
    }

    @Embeddable
    public static class Key implements Serializable {
        private Long courseId;
        private Long personId;

        protected Key() {}

        public Key(long courseId, long personId) {
            this.courseId = courseId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courseId, k.courseId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, personId);
        }
    }
}
