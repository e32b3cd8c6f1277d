package nl.pendel.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name, as it appears in job locks and in claimed mails: {@code pendel.cluster.node-name}
 * (e.g. the host name in a deployment), otherwise the process and host name with a short random
 * part, so two nodes on one machine never share a name.
 */
@Component
public class ClusterNode {

    /** The longest name; the columns that hold it are this wide. */
    public static final int NAME_MAX = 100;

    private final String name;

    ClusterNode(@Value("${pendel.cluster.node-name:}") String configured) {
        String chosen = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-"
                        + UUID.randomUUID().toString().substring(0, 8)
                : configured.strip();
        this.name = chosen.length() > NAME_MAX ? chosen.substring(0, NAME_MAX) : chosen;
    }

    /** A node of this name, e.g. to play a second node in a test. */
    public static ClusterNode named(String name) {
        return new ClusterNode(name);
    }

    /** The name of this node. */
    public String name() {
        return name;
    }
}
