package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junto.accounts.AuthorizationCodeGrant;
import org.junto.accounts.AuthorizationCodeGrant.Rejected;
import org.junto.accounts.OAuthApp;
import org.junto.security.JuntoUserDetails;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /oauth/authorize}: the consent page of the authorization code flow. Spring Security has already made the
 * person sign in (and brings them back here). Approving issues a code and redirects to the app, or shows the code
 * for {@code urn:ietf:wg:oauth:2.0:oob}; denying redirects with {@code error=access_denied}. A request whose app or
 * redirect URI is not right never redirects: it shows an error page.
 */
@Controller
class AuthorizeController {
    /** Session flag: the sign-in that {@code force_login} asked for has happened. */
    private static final String FORCED_LOGIN = AuthorizeController.class.getName() + ".forcedLogin";

    private final AuthorizationCodeGrant grant;

    AuthorizeController(AuthorizationCodeGrant grant) {
        this.grant = grant;
    }

    @GetMapping("/oauth/authorize")
    ModelAndView show(
            @RequestParam(name = "response_type", required = false) String responseType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state,
            @RequestParam(name = "code_challenge", required = false) String codeChallenge,
            @RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
            @RequestParam(name = "force_login", required = false) String forceLogin,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (isTrue(forceLogin) && !forcedLoginDone(request)) {
            return signOutAndReturn(request, response);
        }
        AuthorizationCodeGrant.Request checked;
        try {
            checked =
                    grant.check(responseType, clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod);
        } catch (Rejected e) {
            return rejected(e);
        }
        ModelAndView page = new ModelAndView("oauth/authorize");
        page.addObject("request", checked);
        page.addObject("scopes", ScopeDescriptions.describe(checked.scopes()));
        page.addObject("returnHost", checked.isOutOfBand() ? null : hostOf(checked.redirectUri()));
        page.addObject("switchAccount", switchAccountPath(request));
        page.addObject("lang", lang != null && lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?") ? lang : "en");
        return page;
    }

    @PostMapping("/oauth/authorize")
    ModelAndView decide(
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state,
            @RequestParam(name = "code_challenge", required = false) String codeChallenge,
            @RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
            @RequestParam(defaultValue = "") String decision,
            @AuthenticationPrincipal JuntoUserDetails user) {
        AuthorizationCodeGrant.Request checked;
        try {
            // The form's hidden fields are checked again: nothing the browser sends back is trusted.
            checked = grant.check("code", clientId, redirectUri, scope, state, codeChallenge, codeChallengeMethod);
        } catch (Rejected e) {
            return rejected(e);
        }
        if (!"approve".equals(decision)) {
            return rejected(Rejected.accessDenied(checked));
        }
        String code = grant.approve(checked, user.accountId());
        if (checked.isOutOfBand()) {
            return new ModelAndView("oauth/code").addObject("code", code).addObject("app", checked.app());
        }
        return redirect(append(checked.redirectUri(), "code", code, state));
    }

    private static ModelAndView rejected(Rejected e) {
        if (e.redirectUri() == null || e.redirectUri().equals(OAuthApp.OOB)) {
            ModelAndView page = new ModelAndView("oauth/error", HttpStatus.BAD_REQUEST);
            page.addObject("error", e.error());
            page.addObject("description", e.description());
            return page;
        }
        String target = append(e.redirectUri(), "error", e.error(), e.state());
        return redirect(target + "&error_description=" + encode(e.description()));
    }

    /** {@code force_login}: sign the current person out, then come back here through the sign-in page. */
    private static ModelAndView signOutAndReturn(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        request.getSession(true).setAttribute(FORCED_LOGIN, Boolean.TRUE);
        String query = request.getQueryString();
        return redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** This same request with {@code force_login}: lets the person sign in as someone else and come back. */
    private static String switchAccountPath(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("force_login=") && !p.equals("continue"))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&") + "force_login=true";
    }

    private static boolean forcedLoginDone(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(FORCED_LOGIN) == null) {
            return false;
        }
        session.removeAttribute(FORCED_LOGIN);
        return true;
    }

    private static String append(String uri, String name, String value, String state) {
        String target = uri + (uri.contains("?") ? "&" : "?") + name + "=" + encode(value);
        return state == null || state.isEmpty() ? target : target + "&state=" + encode(state);
    }

    private static String hostOf(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getHost() != null ? parsed.getHost() : parsed.getScheme() + ":";
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A plain 302 to exactly this URL: no template expansion, no model, custom app schemes allowed. */
    private static ModelAndView redirect(String url) {
        RedirectView view = new RedirectView(url);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        view.setStatusCode(HttpStatus.FOUND);
        return new ModelAndView(view);
    }
}
