/**
 * Word lists and patterns for page metadata (src/extract/metadata/). Data, not code: each entry
 * says why it is there.
 */

/** class/id fragments that mark a visible byline (the author's name as shown on the page). */
export const BYLINE_HINT = /(?:^|[\s_-])(?:by-?line|author|authors|writer|posted-?by|contributor|creator|journalist)(?:$|[\s_-]|name|s\b)/i;

/**
 * class/id fragments that mark author *bio boxes*, avatars and comment authors: they carry a
 * name, but also prose ("Jane has covered…") or another person than the story's author.
 */
export const BYLINE_AVOID = /bio\b|biography|about|avatar|image|img|photo|picture|description|desc\b|comment|reply|respond|disqus|social|share|follow|twitter|facebook|email|more-by|other|related|popular|recommend|widget|sidebar|footer|nav|menu|bottom|card|count|label|title|(?:^|[\s_-])(?:job|role)(?:$|[\s_-]|-?title|s\b)|position|\bbox/i;

/** class/id fragments that mark a visible date line ("Published 3 March 2025"). */
export const DATE_HINT = /(?:^|[\s_-])(?:date|dateline-date|time|timestamp|published|publish|pubdate|posted|post-?date|entry-date|article-date|meta-date|updated)(?:$|[\s_-]|d\b|s\b)/i;

/** Ancestors (class/id/tag) that take a byline or date out of the story: comments, related lists, bio boxes. */
export const OUTSIDE_STORY = /comment|reply|respond|disqus|related|recommend|popular|trending|more-stories|read-next|author-?bio|about-?the-?author|author-?box|author-?info|author-?card|newsletter/i;

/** Page chrome: out of the story only when no `<article>`/`<main>` encloses it (an article's own footer holds its byline). */
export const PAGE_CHROME = /footer|sidebar|\baside\b/i;

/** Words that, preceding a name, introduce a byline: "By Jane Doe", "Written by…", "Words: …". */
export const BYLINE_PREFIX = /^(?:(?:this\s+(?:post|article|story|piece)\s+(?:was\s+)?)?(?:written|posted|published|reported|report(?:ing)?|story|words|text|photos?|interview|compiled|authored|insights)\s+(?:by|from|and\s+photos?\s+by)\b|by\b|von\b|par\b|por\b|door\b|di\b|av\b|af\b|przez\b|autor(?:a|in)?\b|author\b|authors\b|words\b|text\b)\s*:?\s*/i;

/** "ByJane Doe": a byline whose "By" lost its space in the markup (`<span>By</span><a>Jane…`). Case-sensitive on purpose: "Byron". */
export const GLUED_BY = /^[Bb]y(?=\p{Lu}\p{Ll})/u;

/**
 * Credits that name someone other than the story's author: reviewers, fact-checkers, editors,
 * researchers, illustrators. A byline piece opening with one of these is dropped, not read as an author.
 */
export const NOT_AUTHOR_ROLE = /^(?:(?:medically|clinically|expert|legally|financially)\s+)?(?:reviewed|fact[- ]?checked|edited|updated|researched|illustrated|translated|photographed|verified|approved|narrated|sponsored)\s+(?:by\b|from\b)|^(?:photos?|photography|illustrations?|images?|video|graphics)\s+by\b/i;

/** "Jane Doe for The Guardian": the outlet after "for" is not part of the name (case-sensitive: a capital must follow). */
export const FOR_OUTLET = /\s+for\s+(?:the\s+)?\p{Lu}[\s\S]*$/u;

/** Courtesy titles before a name ("Dr Jane Roe", "Prof. Max Mustermann"): not part of the name. */
export const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|rev|fr)\.?\s+(?=\p{Lu})/iu;

/**
 * Values that fill author fields but are not people: generic desks, roles, and CMS defaults.
 * Compared whole, case-folded.
 */
export const NOT_A_PERSON = new Set([
  'staff', 'staff writer', 'staff writers', 'staff reporter', 'staff report', 'editorial', 'editorial board',
  'editorial staff', 'the editorial board', 'editors', 'editor', 'the editors', 'news desk', 'newsdesk', 'news staff',
  'web desk', 'digital desk', 'online desk', 'desk', 'admin', 'administrator', 'webmaster', 'guest', 'guest author',
  'guest post', 'anonymous', 'unknown', 'author', 'redaktion', 'rédaction', 'redacción', 'redazione', 'team',
  'press release', 'sponsored', 'sponsored content', 'contributor', 'contributors', 'correspondent', 'our correspondent',
  'wire', 'wire service', 'wires', 'news service', 'null', 'undefined', 'none', 'n/a', 'user', 'default', 'root',
]);

/** News agencies: credited in bylines ("By Jane Doe | Reuters") but not people. Case-folded. */
export const AGENCIES = new Set([
  'reuters', 'thomson reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse',
  'agence france presse', 'bloomberg', 'bloomberg news', 'pa', 'pa media', 'press association', 'dpa', 'xinhua',
  'ansa', 'efe', 'kyodo', 'kyodo news', 'yonhap', 'tass', 'ria novosti', 'anadolu', 'anadolu agency', 'pti', 'ians',
  'ani', 'upi', 'cnn wire', 'aap', 'cp', 'the canadian press', 'canadian press', 'bernama', 'antara', 'jiji', 'nyt',
  'new york times', 'the new york times', 'washington post', 'the washington post', 'tribune news service',
  'tribune content agency', 'mcclatchy', 'gannett', 'usa today', 'bbc', 'bbc news', 'cnn', 'fox news',
]);

/**
 * Job titles and credentials that follow a name after a comma ("Jane Doe, Senior Reporter",
 * "Dylan Bailey, MS, RD"): a comma piece containing one of these is a title, not a second name.
 */
export const TITLE_WORDS = /\b(?:reporter|correspondent|editor|editors|writer|columnist|contributor|journalist|producer|anchor|analyst|critic|photographer|staff|intern|fellow|chief|senior|deputy|managing|executive|associate|assistant|director|manager|officer|president|founder|co-?founder|ceo|cto|cfo|head|lead|specialist|expert|consultant|coach|author|researcher|professor|lecturer|student|scientist|nutritionist|dietitian|therapist|physician|doctor|nurse|engineer|developer|designer|strategist|marketer|marketing|team|desk|bureau|department|university|college|institute|press|news|media|group|inc|ltd|llc|gmbh|contributing|special|freelance|political|business|sports?|science|technology|health|opinion|culture|travel|food|at large|in[- ]chief)\b/i;

/** Words no person's name contains but desks and organisations do ("Science Team", "Metro Desk", "Acme Inc"). */
export const NOT_A_NAME_WORD = /\b(?:team|staff|desk|collective|editors?|editorial|reporters?|newsroom|news|media|press|group|inc|ltd|llc|gmbh|corp|bureau|department|university|college|institute|contributors?|correspondents?|writers?|agency|magazine|online|digital|services?|official|admin|marketing|communications|publishing|productions?|studio|network)\b/i;

/** Credential tokens ("MS", "RD", "Ph.D.", "MD", "E-RYT 200"): a comma piece made only of these is dropped. */
/** Credentials written in lower or mixed case ("PhD", "md"). */
export const CREDENTIAL_WORD = /^(?:ph\.?\s?d|m\.?d|m\.?s|mba|mph|rd|rn|cpa|cfa|jd|esq|dvm|vmd)\.?$/i;
export const CREDENTIAL = /^(?:[A-Z][A-Z]?\.?){1,4}$|^[A-Z][a-z]?\.(?:[A-Z][a-z]?\.?){0,3}$|^[A-Z]{2,6}(?:[-–][A-Z]{2,6})?(?:\s*\d{1,4})?$|^(?:ph\.?\s?d|m\.?d|m\.?s|m\.?a|b\.?a|b\.?s|mba|mph|rd|rn|cpa|cfa|jd|esq|jr|sr|ii|iii|iv|dvm|vmd)\.?$/;

/** Words that end a byline: what follows is a date or a role ("Jane Doe Updated 3 hours ago"). */
export const BYLINE_STOP = /\s+(?:[-–—|•·]\s+)?(?:published|updated|posted|last updated|modified|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\d{1,2}\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|follow\b|email\b|share\b|read more|min read|\d+\s+min\b|(?:(?:medically|clinically|expert|legally|financially)\s+)?reviewed by|fact[- ]checked by|photograph(?:s|y)? by|illustrations? by|edited by|on behalf of\b).*$/i;

/** Schema.org types that describe the story itself (JSON-LD and microdata). */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'techarticle',
  'scholarlyarticle', 'report', 'socialmediaposting', 'advertisercontentarticle', 'satiricalarticle', 'review',
  'medicalwebpage', 'howto', 'recipe', 'posting', 'discussionforumposting', 'creativework', 'medicalscholarlyarticle',
]);

/** Page types that may carry the story's dates/headline when no article node exists (Yoast-style graphs). */
export const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'faqpage', 'qapage', 'profilepage']);

/** Lower-case particles inside names ("Ludwig van Beethoven", "Ana de la Cruz"): allowed where other words must be capitalised. */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'bin', 'binti', 'al', 'el', 'dos', 'das', 'do', 'y', 'e', 'ter', 'ten', 'zu', 'af', 'ibn', 'ben', 'bint', 'st', 'dela', 'degli', 'lo']);

/**
 * Words that appear in byline areas but never in a name ("Updated", "Share", "Read more",
 * "Full Bio"): a candidate containing one is interface text, not a person. Case-folded.
 */
export const NEVER_IN_NAME = new Set([
  'the', 'a', 'an', 'and', 'of', 'for', 'with', 'in', 'on', 'at', 'to', 'from', 'about', 'by', 'our', 'your', 'my', 'this', 'that', 'is', 'are', 'was',
  'updated', 'update', 'written', 'posted', 'published', 'share', 'shares', 'read', 'more', 'min', 'mins', 'follow', 'view', 'all', 'posts',
  'profile', 'bio', 'full', 'home', 'menu', 'search', 'login', 'subscribe', 'contact', 'email', 'comments', 'comment', 'reviewed', 'edited',
  'advertisement', 'sponsored', 'category', 'categories', 'tags', 'blog', 'article', 'articles', 'minute', 'minutes', 'ago', 'today', 'yesterday',
  'january', 'february', 'march', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'expert', 'reviewer', 'you',
  'analysis', 'crime', 'regulation', 'sanctions', 'development', 'community', 'busy', 'work', 'founder', 'firm', 'dedicated', 'checked',
]);

/**
 * Words that show a credit is interface text or a date, not an author credit ("Full Bio", "Read
 * more", "3 min read", "Share"). Case-folded, compared word by word.
 */
export const CREDIT_NOISE = new Set([
  'updated', 'update', 'published', 'share', 'shares', 'read', 'more', 'min', 'mins', 'follow', 'view', 'posts', 'profile',
  'bio', 'full', 'home', 'menu', 'search', 'login', 'subscribe', 'contact', 'email', 'comments', 'comment', 'reviewed', 'edited',
  'advertisement', 'category', 'categories', 'tags', 'minute', 'minutes', 'ago', 'today', 'yesterday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'last', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'you', 'click', 'clicking', 'here', 'sign', 'cookie', 'cookies', 'privacy', 'policy', 'terms',
]);

/** Words that mark a credit as a team, desk or organisation ("Acme Editorial Team", "Lifestyle Desk", "Acme Staff"). */
export const CREDIT_ORG_WORD = /\b(?:team|staff|desk|newsdesk|editors?|editorial|contributors?|newsroom|bureau|group|agency|inc|ltd|llc|gmbh|co|corp|company|media|studio|collective|foundation|institute|association|society|council|center|centre|clinic|hospital|university|college|school|magazine|press|news|global|online|official|blog)\b/i;

/** Generic credits beyond NOT_A_PERSON: a role or place alone names no one ("Newsroom", "Team", "Blog"). Case-folded, leading "the"/"our" dropped. */
export const GENERIC_CREDIT = new Set([
  'newsroom', 'team', 'the team', 'staff', 'editors', 'editorial team', 'editorial', 'blog', 'blogger', 'writer', 'writers',
  'site', 'website', 'company', 'content team', 'marketing', 'news', 'public', 'owner', 'moderator', 'support', 'info',
]);

