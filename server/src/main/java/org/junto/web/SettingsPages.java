package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.ChangePasswordService;
import org.junto.accounts.UpdateProfileService;
import org.junto.core.JuntoException;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editing one's profile (name, bio, up to four fields, locked) and changing the password. */
@Controller
class SettingsPages {
    private final Accounts accounts;
    private final UpdateProfileService profiles;
    private final ChangePasswordService passwords;
    private final SignedInBrowsers browsers;

    SettingsPages(
            Accounts accounts,
            UpdateProfileService profiles,
            ChangePasswordService passwords,
            SignedInBrowsers browsers) {
        this.browsers = browsers;
        this.accounts = accounts;
        this.profiles = profiles;
        this.passwords = passwords;
    }

    @GetMapping("/settings")
    String settings() {
        return "redirect:/settings/profile";
    }

    @GetMapping("/settings/profile")
    String profile(
            @AuthenticationPrincipal JuntoUserDetails user, @RequestParam(required = false) String saved, Model model) {
        Account account = accounts.byId(user.accountId()).orElseThrow(JuntoException::notFound);
        model.addAttribute("saved", saved != null);
        return profileForm(model, account.displayName(), account.note(), padded(account.fields()), account.locked());
    }

    @PostMapping("/settings/profile")
    String saveProfile(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "display_name", defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(name = "field_name", required = false) List<String> names,
            @RequestParam(name = "field_value", required = false) List<String> values,
            @RequestParam(required = false) String locked,
            Model model,
            HttpServletResponse response) {
        List<Account.ProfileField> fields = new ArrayList<>();
        for (int i = 0; names != null && values != null && i < Math.min(names.size(), values.size()); i++) {
            if (!names.get(i).isBlank() || !values.get(i).isBlank()) {
                fields.add(new Account.ProfileField(
                        names.get(i).strip(), values.get(i).strip()));
            }
        }
        try {
            profiles.update(
                    user.accountId(),
                    new UpdateProfileService.ProfileChange(
                            displayName, note, fields, locked != null, null, null, null, null, null));
            return "redirect:/settings/profile?saved";
        } catch (JuntoException e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage().replaceFirst("^Validation failed: ", ""));
            return profileForm(model, displayName, note, padded(fields), locked != null);
        }
    }

    @GetMapping("/settings/password")
    String password(@RequestParam(required = false) String saved, Model model) {
        model.addAttribute("title", "Password");
        model.addAttribute("saved", saved != null);
        return "settings/password";
    }

    @PostMapping("/settings/password")
    String changePassword(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(name = "new_password", defaultValue = "") String replacement,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            passwords.change(user.accountId(), current, replacement);
            // As Mastodon does: a new password signs out every other browser (apps lost their tokens already).
            browsers.signOutAllBut(user, request.getSession().getId());
            return "redirect:/settings/password?saved";
        } catch (JuntoException e) {
            response.setStatus(422);
            model.addAttribute("title", "Password");
            model.addAttribute("error", e.getMessage());
            return "settings/password";
        }
    }

    private static List<Account.ProfileField> padded(List<Account.ProfileField> fields) {
        List<Account.ProfileField> out = new ArrayList<>(fields);
        while (out.size() < UpdateProfileService.MAX_FIELDS) {
            out.add(new Account.ProfileField("", ""));
        }
        return out;
    }

    private static String profileForm(
            Model model, String displayName, String note, List<Account.ProfileField> fields, boolean locked) {
        model.addAttribute("title", "Profile");
        model.addAttribute("displayName", displayName);
        model.addAttribute("note", note);
        model.addAttribute("fields", fields);
        model.addAttribute("locked", locked);
        return "settings/profile";
    }
}
