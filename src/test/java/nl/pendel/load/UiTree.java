package nl.pendel.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of the server's state tree, as Vaadin's own client keeps it: nodes with their
 * features, changed by the {@code changes} of every UIDL response. Only what a simulated user
 * needs to find its way is kept (tag, a few properties, attributes, children, listeners, text).
 */
final class UiTree {

    // Flow's NodeFeatureRegistry ids
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    /** One element or text node. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, String> attributes = new HashMap<>(4);
        final Map<String, String> properties = new HashMap<>(2);
        final List<Integer> children = new ArrayList<>(2);
        final List<String> listeners = new ArrayList<>(1);
        final List<String> classes = new ArrayList<>(1);

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }

        boolean listensTo(String event) {
            return listeners.contains(event);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.get("key").asString(), change.get("value"));
                case "remove" -> put(node, feature, change.get("key").asString(), null);
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                default -> {
                    // attach: the node exists from now on
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        String text = value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = text;
                }
            }
            case PROPERTIES -> {
                if (key.equals("value") || key.equals("label") || key.equals("opened") || key.equals("innerHTML")) {
                    putOrRemove(node.properties, key, text);
                }
            }
            case ATTRIBUTES -> putOrRemove(node.attributes, key, text);
            case LISTENERS -> {
                node.listeners.remove(key);
                if (text != null) {
                    node.listeners.add(key);
                }
            }
            case TEXT -> node.text = text;
            default -> {
                // other features (styles, push settings ...) are not needed to find one's way
            }
        }
    }

    private static void putOrRemove(Map<String, String> map, String key, String value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature == CLASSES) {
            int at = Math.min(change.get("index").asInt(), node.classes.size());
            for (int i = 0; i < change.path("remove").asInt(0) && at < node.classes.size(); i++) {
                node.classes.remove(at);
            }
            for (JsonNode value : change.path("add")) {
                node.classes.add(Math.min(at++, node.classes.size()), value.asString());
            }
            return;
        }
        if (feature != CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode child : added) {
                node.children.add(Math.min(at++, node.children.size()), child.asInt());
            }
        }
    }

    private static void clear(Node node, int feature) {
        switch (feature) {
            case CHILDREN -> node.children.clear();
            case ATTRIBUTES -> node.attributes.clear();
            case PROPERTIES -> node.properties.clear();
            case CLASSES -> node.classes.clear();
            default -> {}
        }
    }

    /** The visible text of a node and all its descendants. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out, 0);
        return out.toString();
    }

    private void collectText(Node node, StringBuilder out, int depth) {
        if (node.text != null) {
            out.append(node.text);
        }
        if (depth > 40) {
            return;
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collectText(c, out, depth + 1);
            }
        }
    }

    /** The node's children that the client has received. */
    List<Node> children(Node node) {
        List<Node> found = new ArrayList<>();
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    Optional<Node> find(String tag, Predicate<Node> test) {
        return all(tag, test).stream().findFirst();
    }

    List<Node> all(String tag, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (tag.equals(node.tag) && test.test(node)) {
                found.add(node);
            }
        }
        found.sort((a, b) -> Integer.compare(a.id, b.id));
        return found;
    }

    Optional<Node> byId(String tag, String domId) {
        return find(tag, n -> domId.equals(n.attribute("id")));
    }

    int size() {
        return nodes.size();
    }
}
