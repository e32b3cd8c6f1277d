package nl.pendel.lookback;

import java.util.Map;

/** The signed-in participant's stored look-back on one session, with its version (0: none yet). */
public record MyLookBack(Map<String, Integer> ratings, Map<String, String> texts, boolean signed, long version) {

    public static final MyLookBack NONE = new MyLookBack(Map.of(), Map.of(), false, 0);

    public MyLookBack {
        ratings = Map.copyOf(ratings);
        texts = Map.copyOf(texts);
    }
}
