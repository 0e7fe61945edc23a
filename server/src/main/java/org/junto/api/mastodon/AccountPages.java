package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junto.config.PublicUrls;
import org.junto.core.PageRequest;
import org.junto.social.Listed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A page of an account list (followers, following, blocks, follow requests) as Mastodon answers it: the accounts,
 * and a {@code Link} header cursored by the ids of the rows behind them ({@code next} after a full page, {@code prev}
 * by {@code since_id}, {@code limit} kept).
 */
@Component
class AccountPages {
    private final AccountRenderer renderer;
    private final PublicUrls urls;

    AccountPages(AccountRenderer renderer, PublicUrls urls) {
        this.renderer = renderer;
        this.urls = urls;
    }

    ResponseEntity<List<AccountEntity>> respond(List<Listed> rows, PageRequest page, HttpServletRequest request) {
        List<AccountEntity> body =
                renderer.renderIds(rows.stream().map(Listed::accountId).toList());
        return withLinks(body, rows, page, request);
    }

    /** The same links for a body rendered otherwise (mutes carry their expiry). */
    <T> ResponseEntity<T> withLinks(T body, List<Listed> rows, PageRequest page, HttpServletRequest request) {
        var cursors = PageLinks.Cursors.of(rows, Listed::cursor, page.limit());
        return PageLinks.respond(body, urls, request, cursors, "since_id", "limit");
    }
}
