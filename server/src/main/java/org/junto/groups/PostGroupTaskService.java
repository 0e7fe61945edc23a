package org.junto.groups;

import org.junto.actions.ComposeTaskService;
import org.junto.actions.Task;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a task in a group from the web's board or the Junto API: the {@code #todo} post a client would write, posted
 * into the group by a member, so the task lives there and has its thread. The same checks as every task post apply.
 */
@Service
public class PostGroupTaskService {
    private final ComposeTaskService composer;
    private final PostToCollectiveService posting;

    PostGroupTaskService(ComposeTaskService composer, PostToCollectiveService posting) {
        this.composer = composer;
        this.posting = posting;
    }

    @Transactional
    public Task create(long actor, long groupId, ComposeTaskService.NewTask request) {
        String text = composer.text(actor, request);
        Status post = posting.post(
                actor,
                groupId,
                new PostStatusService.NewStatus(text, null, request.visibility(), null, null, null, null, null));
        return composer.of(post);
    }
}
