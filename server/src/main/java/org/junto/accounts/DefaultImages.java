package org.junto.accounts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Generated default pictures: an avatar with the account's initial on a colour derived from its id, and a header in
 * a gradient of that colour. PNG, because every Mastodon client can show it. Rendered once per account and cached.
 */
@Component
public class DefaultImages {
    private static final int AVATAR = 400;
    private static final int HEADER_W = 1500;
    private static final int HEADER_H = 500;
    private static final int CACHE_LIMIT = 2000;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public byte[] avatar(Account account) {
        return cached("a" + account.id() + ":" + account.displayName(), () -> drawAvatar(account));
    }

    public byte[] header(Account account) {
        return cached("h" + account.id(), () -> drawHeader(account));
    }

    private byte[] cached(String key, java.util.function.Supplier<byte[]> draw) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, k -> draw.get());
    }

    static Color colourOf(long id) {
        float hue = (Long.hashCode(id * 0x9E3779B97F4A7C15L) & 0xffff) / 65535f;
        return Color.getHSBColor(hue, 0.45f, 0.62f);
    }

    private static byte[] drawAvatar(Account account) {
        BufferedImage image = new BufferedImage(AVATAR, AVATAR, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colourOf(account.id()));
        g.fillRect(0, 0, AVATAR, AVATAR);
        String name = account.displayName().isBlank() ? account.username() : account.displayName();
        String initial = name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, AVATAR / 2));
        FontMetrics m = g.getFontMetrics();
        g.drawString(initial, (AVATAR - m.stringWidth(initial)) / 2, (AVATAR - m.getHeight()) / 2 + m.getAscent());
        g.dispose();
        return png(image);
    }

    private static byte[] drawHeader(Account account) {
        BufferedImage image = new BufferedImage(HEADER_W, HEADER_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color c = colourOf(account.id());
        g.setPaint(new GradientPaint(0, 0, c.darker(), HEADER_W, HEADER_H, c.brighter()));
        g.fillRect(0, 0, HEADER_W, HEADER_H);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
