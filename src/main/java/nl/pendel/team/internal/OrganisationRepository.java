package nl.pendel.team.internal;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Slice<Organisation> findAllByOrderByNameAsc(Pageable pageable);

    Optional<Organisation> findByNameIgnoreCase(String name);
}
