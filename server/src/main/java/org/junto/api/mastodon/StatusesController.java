package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.junto.statuses.DeleteStatusService;
import org.junto.statuses.EditStatusService;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.junto.statuses.StatusHistory;
import org.junto.statuses.StatusReaders;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.junto.statuses.ThreadContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's statuses API: post, read, edit, delete, thread context, history and source. */
@RestController
@RequestMapping("/api/v1/statuses")
class StatusesController {
    private final PostStatusService posting;
    private final EditStatusService editing;
    private final DeleteStatusService deleting;
    private final Statuses statuses;
    private final StatusVisibility visibility;
    private final ThreadContext threads;
    private final StatusHistory history;
    private final StatusReaders readers;
    private final StatusRenderer renderer;
    private final AccountRenderer accounts;
    private final PublicUrls urls;

    StatusesController(
            PostStatusService posting,
            EditStatusService editing,
            DeleteStatusService deleting,
            Statuses statuses,
            StatusVisibility visibility,
            ThreadContext threads,
            StatusHistory history,
            StatusReaders readers,
            StatusRenderer renderer,
            AccountRenderer accounts,
            PublicUrls urls) {
        this.posting = posting;
        this.editing = editing;
        this.deleting = deleting;
        this.statuses = statuses;
        this.visibility = visibility;
        this.threads = threads;
        this.history = history;
        this.readers = readers;
        this.renderer = renderer;
        this.accounts = accounts;
        this.urls = urls;
    }

    @PostMapping
    StatusEntity post(
            Caller caller,
            ApiParams params,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        long author = caller.requireUser("write:statuses");
        Status status = posting.post(author, StatusParams.newStatus(params, caller.appId(), idempotencyKey));
        return renderer.render(status, author);
    }

    @GetMapping
    List<StatusEntity> many(Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read:statuses");
        List<Long> ids = params.list("id").stream()
                .limit(40)
                .map(org.junto.core.Ids::parseOrNull)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, Status> found = statuses.byIds(ids);
        List<Status> visible = ids.stream()
                .filter(found::containsKey)
                .filter(id -> visibility.canSee(viewer, id))
                .map(found::get)
                .toList();
        return renderer.render(visible, viewer);
    }

    @GetMapping("/{id}")
    StatusEntity one(Caller caller, @PathVariable String id) {
        Long viewer = caller.viewer("read:statuses");
        return renderer.render(visible(viewer, id), viewer);
    }

    @PutMapping("/{id}")
    StatusEntity edit(Caller caller, @PathVariable String id, ApiParams params) {
        long editor = caller.requireUser("write:statuses");
        StatusParams.rejectUnsupported(params);
        Status edited = editing.edit(
                editor,
                ApiParams.id(id),
                new EditStatusService.Edit(
                        params.get("status"),
                        params.get("spoiler_text"),
                        params.bool("sensitive"),
                        params.get("language")));
        return renderer.render(edited, editor);
    }

    @DeleteMapping("/{id}")
    StatusEntity delete(Caller caller, @PathVariable String id) {
        long requester = caller.requireUser("write:statuses");
        Status status = statuses.byId(ApiParams.id(id))
                .filter(s -> s.accountId() == requester)
                .orElseThrow(JuntoException::notFound);
        StatusEntity rendered = renderer.render(status, requester).withText(status.text());
        deleting.delete(requester, status.id());
        return rendered;
    }

    @GetMapping("/{id}/context")
    Map<String, List<StatusEntity>> context(Caller caller, @PathVariable String id) {
        Long viewer = caller.viewer("read:statuses");
        ThreadContext.Context context = threads.of(visible(viewer, id), viewer);
        return Map.of(
                "ancestors", renderer.render(context.ancestors(), viewer),
                "descendants", renderer.render(context.descendants(), viewer));
    }

    @GetMapping("/{id}/history")
    List<Map<String, Object>> history(Caller caller, @PathVariable String id) {
        Long viewer = caller.viewer("read:statuses");
        Status status = visible(viewer, id);
        AccountEntity author = accounts.render(status.accountId());
        return history.of(status).stream()
                .map(v -> Map.<String, Object>of(
                        "content", v.content(),
                        "spoiler_text", v.spoilerText(),
                        "sensitive", v.sensitive(),
                        "created_at", Dates.datetime(v.createdAt()),
                        "account", author,
                        "media_attachments", List.of(),
                        "emojis", List.of()))
                .toList();
    }

    @GetMapping("/{id}/source")
    Map<String, String> source(Caller caller, @PathVariable String id) {
        long viewer = caller.requireUser("read:statuses");
        Status status = visible(viewer, id);
        return Map.of("id", Long.toString(status.id()), "text", status.text(), "spoiler_text", status.spoilerText());
    }

    @GetMapping("/{id}/favourited_by")
    ResponseEntity<List<AccountEntity>> favouritedBy(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read:accounts");
        Status status = visible(viewer, id);
        PageRequest page = page(params);
        var entries = readers.favouritedBy(status.id(), page);
        return accountsPage(entries, page, request);
    }

    @GetMapping("/{id}/reblogged_by")
    ResponseEntity<List<AccountEntity>> rebloggedBy(
            Caller caller, @PathVariable String id, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read:accounts");
        Status status = visible(viewer, id);
        PageRequest page = page(params);
        var entries = readers.rebloggedBy(status.id(), page);
        return accountsPage(entries, page, request);
    }

    /** Mastodon's links for these account lists: {@code next} only after a full page, {@code prev} by since_id. */
    private ResponseEntity<List<AccountEntity>> accountsPage(
            List<StatusReaders.Entry> entries, PageRequest page, HttpServletRequest request) {
        List<AccountEntity> body = accounts.renderIds(
                entries.stream().map(StatusReaders.Entry::accountId).toList());
        var cursors = PageLinks.Cursors.of(entries, StatusReaders.Entry::cursor, page.limit());
        return PageLinks.respond(body, urls, request, cursors, "since_id", "limit");
    }

    static PageRequest page(ApiParams params) {
        return params.page(PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT);
    }

    private Status visible(Long viewer, String id) {
        long statusId = ApiParams.id(id);
        if (!visibility.canSee(viewer, statusId)) {
            throw JuntoException.notFound();
        }
        return statuses.byId(statusId).orElseThrow(JuntoException::notFound);
    }
}
