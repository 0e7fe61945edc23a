package org.junto.bench;

import java.util.SplittableRandom;

/** Plain words for post bodies: ordinary length text, nothing that needs escaping. */
final class Words {
    private static final String[] WORDS = ("the a meeting garden today tomorrow we need help with project neighbours"
                    + " market bread bike repair soup kitchen library volunteers plan share tools school rain sun"
                    + " walk talk music evening morning coffee ideas budget vote proposal offer task done thanks")
            .split(" ");

    private Words() {}

    static String sentence(SplittableRandom random) {
        int length = 8 + random.nextInt(25);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
