/**
 * Page chrome as it shows in a plain-text capture: whole lines that are buttons, menus, notices
 * and list headers rather than story text. Each pattern is anchored and matches a whole (short)
 * line, so prose that merely mentions "share" or "cookies" is not touched.
 */

/** Chrome lines are short; a long line is never dropped by these patterns (except cookie notices). */
export const CHROME_MAX_CHARS = 90;

/**
 * Whole-line chrome: skip links, share/follow buttons, ad labels, "Read more", gallery buttons,
 * account and navigation controls. Why whole-line: the same words occur in prose.
 */
export const CHROME_LINES: RegExp[] = [
  /^skip to\b/i, // "Skip to Content", "Skip to main navigation" (the seed's first line)
  /^(?:share|share this(?: article| story| page)?|share on \w+|share via \w+|tweet|email|e-mail|print|copy link|link copied|copy|save|save article|gift(?: this)? article|comment|comments|\d+\s+comments?|reply|like|follow|following|unfollow)$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|telegram|instagram|youtube|tiktok|threads|bluesky|messenger|mail)(?:\s+(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|telegram|instagram|youtube|tiktok|threads|bluesky|messenger|mail|feature image|icon|logo))*$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|paid content|promoted|story continues below(?: advertisement)?|continue reading(?: below)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i,
  /^(?:read more|read more:?|more images|see more|show more|load more|view more|view gallery|view all|see all|open gallery|enlarge|expand|collapse|close|back|next|previous|prev|play|pause|mute|unmute|listen|listen to (?:this )?article.*|\d+ (?:min|minute)s? read|\d+ photos?|\d+ images?|photos?|video|watch|watch video|watch live|live|breaking|breaking news|trending|hide caption|toggle caption|caption|image)$/i,
  /^(?:sign up|sign in|log in|login|log out|logout|register|subscribe|subscribe now|subscribe today|my account|account|profile|newsletters?|get the app|download the app|open in app|menu|main menu|search|search query|submit|home|homepage|back to top|top|go to top|contact us|about us|privacy policy|terms of (?:use|service)|cookie (?:policy|settings|preferences)|manage (?:cookies|preferences|consent)|accept(?: all)?(?: cookies)?|reject(?: all)?|i agree|agree|ok|got it|dismiss|continue)$/i,
  /^(?:follow us(?: on .*)?|follow [A-Z][\w ]{0,30} on .*|connect with us|join us on .*|find us on .*|like us on facebook)$/i,
  /^(?:all rights reserved\.?|©.*|\(c\)\s*\d{4}.*|copyright\b.*)$/i,
  /^(?:loading\.*|please wait\.*|javascript is (?:disabled|required).*|please enable javascript.*|your browser (?:does not|doesn't) support.*)$/i,
];

/**
 * Cookie and consent notices can be long sentences; they are chrome wherever they appear.
 * Both parts are needed: "cookies" alone occurs in recipes. Consent dialogs name their cookie classes
 * ("Necessary cookies are…", "Analytics cookies help…") and "technologies like cookies": a class name and a verb.
 * The IAB consent framework's dialog wording ("We and our 100 partners store and/or access information on a
 * device, such as unique IDs in cookies…") is shared by many publishers' consent banners.
 */
/**
 * A cheap pre-check for COOKIE_NOTICE on a line's lower-cased key: every notice it takes says "cookie", "site" or
 * "website" (the IAB dialog names "cookies" too), so most lines are spared the long regex.
 */
export const MAYBE_COOKIE_NOTICE = /cookie|site/;
export const COOKIE_NOTICE = /\b(?:we use cookies|this (?:site|website) uses cookies|use of cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|(?:necessary|essential|functional|analytics|analytical|advertising|marketing|performance|targeting|non-necessary|third[- ]party) cookies (?:are|is|that|which|may|help|allow|enable|collect|used|can)|technologies (?:like|such as) cookies|cookies (?:and|or) similar technologies|we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process|access))\b/i;

/**
 * Lines that end the story: related-article lists, footers, comment sections. After one of these,
 * prose belongs to another story (or to the list), never to the story above.
 */
export const FOOTER_MARKERS: RegExp[] = [
  /^(?:recommended|recommended (?:articles|stories|for you|reading|videos?)|related|related (?:articles|stories|coverage|content|news|links|topics|posts|reading|videos?)|more (?:from|on|about) .{1,40}|more (?:stories|news|articles|coverage|to read|videos?|headlines|top stories)|most (?:read|popular|viewed|shared|watched)(?: (?:in|on) .{1,30})?|latest videos?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| stories| on .{1,30})?|read next|up next|what to read next|top stories|latest(?: news| stories| headlines)?|editor'?s picks|popular(?: now| stories)?|in other news|don't miss|also read|also on .{1,40}|around the web|from our partners|sponsored stories|promoted stories|comments?|\d+ comments?|\[\s*\d+\s+comments?\s*\]|(?:top rated|top|all|view all|show|read|newest|oldest|best|recent|latest|reader) comments|about the author|want more stories like this\??|join the conversation|leave a (?:comment|reply)|conversation|discussion)$/i,
  /^(?:all rights reserved\.?|©.*|\(c\)\s*\d{4}.*|copyright\b.*)$/i,
  /^(?:this (?:material|article|story) may not be published, broadcast, rewritten,? or redistributed.*|our standards:.*|the associated press is an independent global news organization.*)$/i,
];

/** A line of the form "Label: https://…" or a bare URL: a promo or link, not body text. */
export const LINK_LINE = /^(?:([^:\n]{1,80}?)\s*:\s*)?(https?:\/\/[^\s]{3,500})$/;

/** List bullets that innerText keeps at the start of list items. */
export const BULLET = /^(?:[•·▪●◦‣∙*]|-|–)\s+(?=\S)/;

/**
 * Consent banners run long ("This website uses cookies to improve your experience while you navigate
 * through the website. Out of these cookies, …" is ~100 words): notices up to this many words are tested.
 */
export const COOKIE_NOTICE_MAX_WORDS = 200;

/** All chrome patterns as one alternation: one regex pass per line instead of one per pattern (speed). */
export const CHROME_LINE = new RegExp(CHROME_LINES.map((r) => `(?:${r.source})`).join('|'), 'i');
export const FOOTER_MARKER = new RegExp(FOOTER_MARKERS.map((r) => `(?:${r.source})`).join('|'), 'i');

/**
 * Short lines that are a byline or date block in a form the byline/date parsers do not take whole:
 * "Written by", "Reviewed by: …", "ByTrevor Jones" (jammed by innerText), "Author: …", "Mike Kappel
 * May 18, 2016", "Dec 17, 2025Julian Arni" (a date glued to the name), "10 min read", "Share Article". A
 * headline sits right above such lines.
 */
export const META_LINE =
  /^(?:by\b|by:|by\p{Lu}|(?:written|posted|reviewed|researched|medically reviewed|fact[- ]checked|edited|guide|words|story|report(?:ed|ing)?) by\b|authors?:|updated\b|last updated|published\b|\d+\s?min(?:ute)?s?\s+read|share (?:article|this|story))|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?!\d)/iu;

/**
 * Breadcrumb trails ("Home > Blog > Title", "News / World / Asia", "Home » Guides"): two or more
 * separators between short parts. The title at the end repeats the headline, but the line is navigation.
 */
export const BREADCRUMB = /^[^>»/|]{1,40}\s(?:>|»|\/|\|)\s[^>»/|]{1,60}\s(?:>|»|\/|\|)\s/;

/**
 * Buttons and calls to action that are title-shaped ("Start free trial", "Sign in now", "Get A Quote",
 * "Download & Print"): only short lines are tested, since headlines may open with the same verbs.
 */
export const CALL_TO_ACTION =
  /^(?:sign|log|try|get|start|download|subscribe|join|create|book|shop|buy|find|become|request|contact|learn|see|view|explore|discover|order|claim|apply|browse|refer|search|work with|back to|go to|read)\b/i;

/**
 * Promotions and widgets that are title-shaped at any length ("Start your 14-day free trial with X today!",
 * "This newsletter is sponsored by X", "Was this article helpful?", "Need help logging in?", "Site Name Sponsored"),
 * and menus that open with "Home" ("Home About Privacy Terms", "Home / review"): never a headline.
 */
export const PROMO_LINE =
  /\bfree trial\b|\bsign up (?:for|to|now)\b|\bsubscribe (?:to|for|now)\b|\bsponsored by\b|\bdownload (?:our|the|your|a) free\b|\bget (?:your|a|the) free\b|^(?:start|try|get|book|claim|join|become) (?:your|a|our|the|now|free|today)\b|\bwas this (?:[\w-]+ ){0,3}?(?:article|page|post|information|answer|guide|story) (?:helpful|useful)|^need help\b|^enter your (?:email|e-mail|name|zip)\b|\bsponsored$|\(opens in (?:a )?new (?:window|tab)\)|^home\b(?:\s*[/>»|›:]|\s+(?:about|blog|news|contact|topics|privacy|shop|services)\b)/i;
