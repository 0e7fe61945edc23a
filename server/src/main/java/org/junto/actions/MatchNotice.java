package org.junto.actions;

import java.util.List;
import org.junto.config.PublicUrls;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of a need and an offer that they match, in one direct message from the actions bot that mentions
 * both (decision 0015: a mention is the notification every client shows). The text carries no hashtags.
 */
@Component
public class MatchNotice {
    private final ActionsBot bot;
    private final PublicUrls urls;

    MatchNotice(ActionsBot bot, PublicUrls urls) {
        this.bot = bot;
        this.urls = urls;
    }

    public void tell(OfferNeed need, OfferNeed offer, List<String> sharedTopics) {
        String message = "A strong match: the need “" + shorten(need.title()) + "” and the offer “"
                + shorten(offer.title()) + "” share the topics " + String.join(", ", sharedTopics) + ". "
                + urls.of("/offers_needs/" + need.id());
        bot.tell(null, List.of(need.authorId(), offer.authorId()), message);
    }

    private static String shorten(String title) {
        return title.length() > 120 ? title.substring(0, 120) + "…" : title;
    }
}
