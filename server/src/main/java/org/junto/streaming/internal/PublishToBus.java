package org.junto.streaming.internal;

import org.junto.directmessages.DirectConversationUpdated;
import org.junto.notifications.NotificationAdded;
import org.junto.streaming.BusMessage;
import org.junto.streaming.BusMessage.Kind;
import org.junto.streaming.StreamBus;
import org.junto.timelines.HomeFeedsFilled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts on the bus what the outbox handlers report after their writes commit: a status in its home feeds, a stored
 * notification, a changed conversation. Live delivery follows what is stored, never what is about to be.
 */
@Component
class PublishToBus {
    private final StreamBus bus;

    PublishToBus(StreamBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HomeFeedsFilled event) {
        bus.publish(new BusMessage(Kind.POSTED, event.statusId(), event.authorId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationAdded event) {
        bus.publish(new BusMessage(Kind.NOTIFIED, event.notificationId(), event.accountId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DirectConversationUpdated event) {
        bus.publish(new BusMessage(Kind.CONVERSATION, event.conversationId(), event.accountId()));
    }
}
