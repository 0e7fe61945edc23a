package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.UpdateProfileService;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.timelines.Timelines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reading accounts and editing one's own profile; an account's statuses. */
@RestController
class AccountsController {
    private final Accounts accounts;
    private final AccountRenderer renderer;
    private final UpdateProfileService profiles;
    private final Timelines timelines;
    private final StatusRenderer statusRenderer;
    private final PublicUrls urls;
    private final Groups groups;

    AccountsController(
            Accounts accounts,
            AccountRenderer renderer,
            UpdateProfileService profiles,
            Timelines timelines,
            StatusRenderer statusRenderer,
            PublicUrls urls,
            Groups groups) {
        this.accounts = accounts;
        this.renderer = renderer;
        this.profiles = profiles;
        this.timelines = timelines;
        this.statusRenderer = statusRenderer;
        this.urls = urls;
        this.groups = groups;
    }

    @GetMapping("/api/v1/accounts/verify_credentials")
    AccountEntity verifyCredentials(Caller caller) {
        long me = caller.requireUser("profile");
        return renderer.renderCredential(me);
    }

    @PatchMapping("/api/v1/accounts/update_credentials")
    AccountEntity updateCredentials(Caller caller, ApiParams params) {
        long me = caller.requireUser("write:accounts");
        List<Account.ProfileField> fields = null;
        List<Map<String, String>> given = params.records("fields_attributes", 4, "name", "value");
        if (given != null) {
            fields = new ArrayList<>();
            for (Map<String, String> field : given) {
                String name = field.get("name");
                if (name != null && !name.isBlank()) {
                    String value = field.get("value");
                    fields.add(new Account.ProfileField(name, value == null ? "" : value));
                }
            }
        }
        profiles.update(
                me,
                new UpdateProfileService.ProfileChange(
                        params.get("display_name"),
                        params.get("note"),
                        fields,
                        params.bool("locked"),
                        params.bool("bot"),
                        params.bool("discoverable"),
                        params.nested("source", "privacy"),
                        ApiParams.bool(params.nested("source", "sensitive"), "sensitive"),
                        params.nested("source", "language")));
        return renderer.renderCredential(me);
    }

    @GetMapping("/api/v1/accounts/lookup")
    AccountEntity lookup(Caller caller, ApiParams params) {
        String acct = params.get("acct");
        if (acct == null || acct.isBlank()) {
            throw JuntoException.notFound();
        }
        String name = acct.trim().replaceFirst("^@", "");
        int at = name.indexOf('@');
        if (at >= 0) {
            if (!urls.isLocal(name.substring(at + 1))) {
                throw JuntoException.notFound();
            }
            name = name.substring(0, at);
        }
        return renderer.render(known(caller, accounts.byUsername(name).orElseThrow(JuntoException::notFound)));
    }

    /** Mastodon's profile directory; {@code local} changes nothing while every account here is local. */
    @GetMapping("/api/v1/directory")
    List<AccountEntity> directory(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read:accounts");
        int limit = params.limit(40, 80);
        int offset = params.offset();
        // As Mastodon: "new" orders by creation, anything else by recent activity.
        boolean newest = "new".equals(params.get("order"));
        return renderer.renderList(accounts.directory(viewer, newest, limit, offset));
    }

    @GetMapping("/api/v1/accounts/search")
    List<AccountEntity> search(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read:accounts");
        String q = params.get("q");
        if (q == null || q.isBlank()) {
            return List.of();
        }
        int limit = params.limit(40, 80);
        int offset = params.offset();
        return renderer.renderList(groups.knownTo(viewer, accounts.search(stripDomain(q), limit, offset), Account::id));
    }

    @GetMapping("/api/v1/accounts/{id}")
    AccountEntity one(Caller caller, @PathVariable String id) {
        return renderer.render(known(caller, accounts.byId(ApiParams.id(id)).orElseThrow(JuntoException::notFound)));
    }

    /**
     * The account unless it is a secret group the caller does not belong to: those exist only for their members.
     * Profiles are public, so the caller's identity is used without asking for a read scope.
     */
    private Account known(Caller caller, Account account) {
        if (groups.hiddenFrom(caller.accountId(), account.id())) {
            throw JuntoException.notFound();
        }
        return account;
    }

    @GetMapping("/api/v1/accounts/{id}/statuses")
    ResponseEntity<List<StatusEntity>> statuses(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read:statuses");
        Account account = known(caller, accounts.byId(ApiParams.id(id)).orElseThrow(JuntoException::notFound));
        if (params.bool("only_media", false)) {
            return ResponseEntity.ok(List.of());
        }
        var filter = new Timelines.AccountFilter(
                params.bool("exclude_replies", false),
                params.bool("exclude_reblogs", false),
                params.bool("pinned", false),
                params.get("tagged"));
        return TimelinesController.respond(
                request,
                timelines.account(account.id(), viewer, filter, StatusesController.page(params)),
                viewer,
                statusRenderer,
                urls);
    }

    private String stripDomain(String q) {
        String name = q.trim().replaceFirst("^@", "");
        int at = name.indexOf('@');
        if (at >= 0 && urls.isLocal(name.substring(at + 1))) {
            name = name.substring(0, at);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
