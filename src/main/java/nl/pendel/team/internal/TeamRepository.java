package nl.pendel.team.internal;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Slice<Team> findAllByOrderByNameAsc(Pageable pageable);

    Optional<Team> findByNameIgnoreCase(String name);

    Optional<Team> findByDistrictIgnoreCase(String district);
}
