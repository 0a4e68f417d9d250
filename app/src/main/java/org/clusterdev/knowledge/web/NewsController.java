package org.clusterdev.knowledge.web;

import java.util.NoSuchElementException;
import org.clusterdev.knowledge.EClusterNews;
import org.clusterdev.knowledge.NewsDraft;
import org.clusterdev.knowledge.NewsPost;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** e-Cluster News: the published posts, the desk of drafts and posts under review, a post, and the Atom feed. */
@Controller
class NewsController {

    private final EClusterNews news;
    private final MessageSource messages;

    NewsController(EClusterNews news, MessageSource messages) {
        this.news = news;
        this.messages = messages;
    }

    @GetMapping("/news")
    String index(Model model) {
        model.addAttribute("posts", news.published(50));
        model.addAttribute("mayWrite", news.mayWrite());
        model.addAttribute("desk", news.mayWrite() ? news.desk() : java.util.List.of());
        return "knowledge/news";
    }

    @PostMapping("/news")
    String write(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "en") String language,
            Model model) {
        try {
            return "redirect:/news/" + news.write(new NewsDraft(title, summary, body, language));
        } catch (IllegalArgumentException e) {
            model.addAttribute("newsError", e.getMessage());
            model.addAttribute("draft", new String[] {title, summary, body, language});
            return index(model);
        }
    }

    @GetMapping("/news/{id:\\d+}")
    String post(@PathVariable long id, Model model) {
        NewsPost post = news.post(id).orElseThrow(() -> new NoSuchElementException("no news post " + id));
        model.addAttribute("post", post);
        model.addAttribute("mayEdit", news.mayEdit());
        model.addAttribute("isAuthor", post.author().equals(currentName()));
        model.addAttribute("mayRevise", news.mayRevise(post));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new String[] {post.title(), post.summary(), post.body(), post.language()});
        }
        return "knowledge/news-post";
    }

    @PostMapping("/news/{id:\\d+}")
    String revise(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "en") String language,
            Model model) {
        try {
            news.revise(id, version, new NewsDraft(title, summary, body, language));
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("newsError", e.getMessage());
            model.addAttribute("draft", new String[] {title, summary, body, language});
            return post(id, model);
        }
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id:\\d+}/{step:submit|publish|return}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam int version, Model model) {
        try {
            switch (step) {
                case "submit" -> news.submit(id, version);
                case "publish" -> news.publish(id, version);
                default -> news.returnToDraft(id, version);
            }
        } catch (IllegalStateException e) {
            model.addAttribute("stepError", e.getMessage());
            return post(id, model);
        }
        return "redirect:/news/" + id;
    }

    /** The Atom feed of published posts; feed readers follow the self link. */
    @GetMapping(value = "/news/feed", produces = "application/atom+xml")
    ResponseEntity<String> feed() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String title = messages.getMessage("news.feed.title", null, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AtomFeed.write(base, title, news.published(50)));
    }

    private static String currentName() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
