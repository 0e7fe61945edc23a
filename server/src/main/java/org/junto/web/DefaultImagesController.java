package org.junto.web;

import java.time.Duration;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.DefaultImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the generated default avatar and header of each account. */
@RestController
class DefaultImagesController {
    private final Accounts accounts;
    private final DefaultImages images;

    DefaultImagesController(Accounts accounts, DefaultImages images) {
        this.accounts = accounts;
        this.images = images;
    }

    @GetMapping("/avatars/{id}.png")
    ResponseEntity<byte[]> avatar(@PathVariable String id) {
        return find(id).map(a -> png(images.avatar(a)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/headers/{id}.png")
    ResponseEntity<byte[]> header(@PathVariable String id) {
        return find(id).map(a -> png(images.header(a)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private java.util.Optional<Account> find(String id) {
        try {
            return accounts.byId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static ResponseEntity<byte[]> png(byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(bytes);
    }
}
