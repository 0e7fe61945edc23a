package org.junto.api.mastodon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.Account;
import org.junto.accounts.AccountStats;
import org.junto.accounts.Accounts;
import org.junto.accounts.ProfileText;
import org.junto.accounts.Users;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds Account entities for a page of accounts with a fixed number of queries. */
@Component
public class AccountRenderer {
    private final Accounts accounts;
    private final Users users;
    private final PublicUrls urls;
    private final AccountStats stats;
    private final JdbcClient db;

    AccountRenderer(Accounts accounts, Users users, PublicUrls urls, AccountStats stats, JdbcClient db) {
        this.accounts = accounts;
        this.users = users;
        this.urls = urls;
        this.stats = stats;
        this.db = db;
    }

    public AccountEntity render(long accountId) {
        return render(accounts.byId(accountId).orElseThrow(JuntoException::notFound));
    }

    public AccountEntity render(Account account) {
        return renderAll(List.of(account)).get(account.id());
    }

    public List<AccountEntity> renderList(List<Account> list) {
        Map<Long, AccountEntity> rendered = renderAll(list);
        return list.stream().map(a -> rendered.get(a.id())).toList();
    }

    /** Renders by id, skipping ids that no longer exist, in the order given. */
    public List<AccountEntity> renderIds(List<Long> ids) {
        Map<Long, Account> found = accounts.byIds(ids);
        return renderList(
                ids.stream().filter(found::containsKey).map(found::get).toList());
    }

    public Map<Long, AccountEntity> renderAll(Collection<Account> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, AccountStats.Counts> counts =
                stats.of(list.stream().map(Account::id).distinct().toList());
        Map<Long, AccountEntity> out = new LinkedHashMap<>();
        for (Account a : list) {
            AccountStats.Counts c = counts.get(a.id());
            out.put(a.id(), entity(a, c.statuses(), c.followers(), c.following()));
        }
        return out;
    }

    /** The signed-in user's own account, with {@code source} and {@code role}. */
    public AccountEntity renderCredential(long accountId) {
        Account account = accounts.byId(accountId).orElseThrow(JuntoException::notFound);
        var user = users.byAccountId(accountId).orElseThrow(JuntoException::notFound);
        long requests = db.sql("SELECT COUNT(*) FROM follow_requests WHERE target_account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
        var source = new AccountEntity.Source(
                account.note(),
                account.fields().stream()
                        .map(f -> new AccountEntity.Field(f.name(), f.value(), null))
                        .toList(),
                user.defaultVisibility(),
                user.defaultSensitive(),
                user.defaultLanguage(),
                requests,
                false,
                account.discoverable(),
                account.discoverable());
        var role = user.isAdmin()
                ? new AccountEntity.Role("3", "Owner", "", "1", true)
                : new AccountEntity.Role("-99", "", "", "65536", false);
        return render(account).withCredentials(source, role);
    }

    private AccountEntity entity(Account a, long statuses, long followers, long following) {
        String avatar = urls.of("/avatars/" + a.id() + ".png");
        String header = urls.of("/headers/" + a.id() + ".png");
        List<AccountEntity.Field> fields = new ArrayList<>();
        for (Account.ProfileField f : a.fields()) {
            fields.add(
                    new AccountEntity.Field(ProfileText.escape(f.name()), ProfileText.fieldValueHtml(f.value()), null));
        }
        return new AccountEntity(
                Long.toString(a.id()),
                a.username(),
                a.username(),
                urls.account(a.username()),
                urls.accountUri(a.username()),
                a.displayName(),
                ProfileText.noteHtml(a.note()),
                avatar,
                avatar,
                header,
                header,
                a.locked(),
                fields,
                List.of(),
                a.bot(),
                a.isGroup(),
                a.discoverable(),
                a.discoverable(),
                false,
                false,
                Dates.midnight(a.createdAt()),
                Dates.date(a.lastStatusAt()),
                statuses,
                followers,
                following,
                List.of(),
                null,
                null);
    }
}
