package org.junto.api.junto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junto.accounts.Accounts;
import org.junto.api.mastodon.AccountEntity;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.Dates;
import org.junto.config.PublicUrls;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.Invitation;
import org.junto.groups.Member;
import org.springframework.stereotype.Component;

/** Builds the Junto API's group, organization, member and invitation entities, accounts loaded in one batch. */
@Component
class CollectiveRenderer {
    private final Accounts accounts;
    private final AccountRenderer accountRenderer;
    private final Groups groups;
    private final PublicUrls urls;

    CollectiveRenderer(Accounts accounts, AccountRenderer accountRenderer, Groups groups, PublicUrls urls) {
        this.accounts = accounts;
        this.accountRenderer = accountRenderer;
        this.groups = groups;
        this.urls = urls;
    }

    CollectiveEntity render(Collective c, Long viewer) {
        return render(List.of(c), viewer).getFirst();
    }

    List<CollectiveEntity> render(List<Collective> list, Long viewer) {
        List<Long> ids = list.stream().map(Collective::id).toList();
        Map<Long, AccountEntity> profiles =
                accountRenderer.renderAll(accounts.byIds(ids).values());
        Map<Long, Long> counts = groups.memberCounts(ids);
        List<CollectiveEntity> out = new ArrayList<>();
        for (Collective c : list) {
            AccountEntity profile = profiles.get(c.id());
            if (profile == null) {
                continue;
            }
            CollectiveEntity.Membership membership = null;
            if (viewer != null) {
                var standing = groups.standing(c.id(), viewer);
                membership = new CollectiveEntity.Membership(
                        standing.role() == null ? null : standing.role().apiName(),
                        standing.requested(),
                        standing.invited());
            }
            out.add(new CollectiveEntity(
                    Long.toString(c.id()),
                    c.kind().apiName(),
                    profile.acct(),
                    c.privacy().apiName(),
                    c.rules(),
                    c.organizationId() == null ? null : Long.toString(c.organizationId()),
                    counts.getOrDefault(c.id(), 0L),
                    Dates.datetime(c.createdAt()),
                    profile,
                    membership));
        }
        return out;
    }

    List<MemberEntity> members(List<Member> list) {
        Map<Long, AccountEntity> people = accountRenderer.renderAll(
                accounts.byIds(list.stream().map(Member::accountId).toList()).values());
        return list.stream()
                .filter(m -> people.containsKey(m.accountId()))
                .map(m -> new MemberEntity(
                        Long.toString(m.id()),
                        m.role().apiName(),
                        Dates.datetime(m.since()),
                        people.get(m.accountId())))
                .toList();
    }

    InvitationEntity invitation(Invitation i) {
        AccountEntity invitee = i.inviteeId() == null ? null : accountRenderer.render(i.inviteeId());
        return new InvitationEntity(
                Long.toString(i.id()),
                Long.toString(i.collectiveId()),
                Long.toString(i.inviterId()),
                invitee,
                i.maxUses(),
                i.uses(),
                i.expiresAt() == null ? null : Dates.datetime(i.expiresAt()),
                Dates.datetime(i.createdAt()),
                i.code(),
                i.code() == null ? null : urls.of("/api/junto/v1/invite_links/" + i.code()));
    }
}
