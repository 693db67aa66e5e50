/**
 * Paragraph-shaped boilerplate inside a story's span in a plain-text capture: author bio boxes, comment
 * stamps, legal disclaimers. They read like prose (full sentences), so the line classes keep them; these
 * patterns name them by how they open or by a fixed phrase. Each was checked on the capture corpus
 * (npm run bench:captures): what they remove is almost never in the ground-truth story text.
 */

/**
 * An author bio: "Jane Doe is a freelance writer…", "Sam Lee is the founder of…", "Kaavya is a creative
 * enthusiast at…". A name (one to four capitalised words), "is/was a|an|the", a few words, then a
 * person's role. Only tested in the story's last part (BIO_MIN_POSITION): profiles say the same inside a story.
 */
export const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+\(?[\p{Lu}][\p{L}.'’)-]*){0,3},?\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,8}?(?:writer|journalist|author|editor|reporter|contributor|columnist|founder|co-founder|ceo|cto|coach|expert|specialist|veteran|consultant|blogger|freelancer|photographer|correspondent|strategist|enthusiast|researcher|mom|mother|father|dad|owner|president)\b/iu;

/**
 * A writer introducing themselves in a bio box: "Hey, I'm Kat!", "I'm Stephen, a content writer…",
 * "I am a running coach…", "About the author: …", "Our main contributors are…".
 */
export const SELF_BIO =
  /^(?:(?:hi|hey|hello)[,!]?\s+(?:there[,!]?\s+)?i['’]?m\b|i['’]?m\s+\p{Lu}\p{L}+,\s+(?:a|an)\s|i am an?\s+(?:[\w-]+\s+){0,4}(?:writer|coach|author|blogger|mom|mum|dad|editor|journalist)\b|(?:our|the) (?:main )?(?:contributors|authors|editors)\b|about (?:the )?author\b)/iu;

/**
 * Bio boxes come after the story: the patterns above are only tested past this share of its words. Why 0.7,
 * not later: the teasers and comments left under the box in the story's span count among its words too.
 */
export const BIO_MIN_POSITION = 0.7;

/**
 * A comment: a paragraph that opens with a date and a clock time ("June 23, 2025 at 9:32 am i think…",
 * "2019-11-19 20:22 …"). Stories do not open paragraphs with a time stamp; comment threads stamp each.
 */
export const COMMENT_STAMP =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*(?:at|,|@|-|–)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?\b/iu;

/** A comment's relative time stamp on a line of its own: "2 days ago at 07:52 am", "3 hours ago". */
export const RELATIVE_STAMP = /^(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s? ago(?:\s*(?:at|,|@)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?$/i;

/**
 * Past this share of a story's words, a comment stamp (COMMENT_STAMP, RELATIVE_STAMP) ends the story: what
 * follows is the comment thread. Earlier, a stamped paragraph is only left out (live pages stamp updates).
 */
export const COMMENTS_MIN_POSITION = 0.5;

/**
 * A legal or advice disclaimer: "…for general informational purposes only…", "…does not constitute
 * legal advice…", "…do not provide tax, legal or accounting advice". Tested in the story's second half
 * (DISCLAIMER_MIN_POSITION): an explainer may discuss such wording early on.
 */
export const DISCLAIMER =
  /\b(?:for (?:general )?(?:informational|information|educational) purposes only|(?:does|do|is|are) not (?:intended to )?(?:constitute|be construed as|a substitute for)|not (?:intended|meant) (?:to (?:be|constitute|replace|provide)|as) (?:a substitute|legal|financial|medical|professional)|(?:do|does) not provide (?:\w+,? )*(?:legal|tax|medical|financial|investment) advice)/iu;

export const DISCLAIMER_MIN_POSITION = 0.5;

/**
 * An affiliate or sponsorship disclosure ("Purchases made through our links may earn us a commission",
 * "This post may contain affiliate links"). Review pages print it above their headline; it is not the
 * story's lead paragraph, so the headline search looks past it (text/headline.ts). It stays in the body:
 * the ground truth keeps it about as often as not.
 */
export const DISCLOSURE =
  /\b(?:(?:may|might) (?:earn|receive|get|make) (?:us )?(?:a |an )?(?:small )?(?:affiliate )?(?:commission|compensation|fee|share)|affiliate (?:links?|commissions?|partnerships?)|(?:purchases?|buy|shop) (?:made )?(?:through|via|from) (?:our|my|these|the) links)/i;

/**
 * A newsletter or e-mail sign-up box: "Sign up for our newsletter", "Subscribe to receive monthly updates",
 * "Get the latest news delivered to your inbox", "Get our daily Entertainment newsletter". News and blog
 * templates drop these into a story and under it; they are never its text. Lines up to
 * NEWSLETTER_MAX_WORDS are tested (a story may tell of someone who signed up for a newsletter at length).
 */
export const NEWSLETTER_PROMO =
  /\b(?:sign(?:ing)? up|subscribe|join)\b[^.!?]{0,80}\b(?:newsletters?|inbox|e-?mails?|mailing list|updates|alerts)\b|\b(?:newsletters?|updates|news)\b[^.!?]{0,40}\b(?:to|in|into) your inbox\b|^(?:get|sign up for) (?:our|the) [\w ]{0,40}newsletters?\b/i;

export const NEWSLETTER_MAX_WORDS = 40;

/** Past this share of a story's words, a newsletter box ends it (what follows is the page's furniture); before, it is left out. */
export const NEWSLETTER_END_POSITION = 0.8;

/**
 * The heading of an author or company box: "About Jane Doe", "About Acme Media", "Über Max Muster", "Sobre
 * Ana Lima", "À propos de …": "about" and a name (capitalised words) alone on a line. In a story's second
 * half (ABOUT_BOX_MIN_POSITION) it opens the box under the story: a bio or a press release's boilerplate.
 */
export const ABOUT_BOX =
  /^(?:[Aa]bout|ABOUT|[Üü]ber|[Ss]obre|[Àà] propos d[e'’]|[Aa] proposito di|[Aa]cerca de)\s+(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}.'’-]*){0,3}:?$/u;

export const ABOUT_BOX_MAX_WORDS = 6;
export const ABOUT_BOX_MIN_POSITION = 0.5;

/**
 * A footer line (a "Related articles" or comments heading, see text-chrome.ts and story-end.ts) that the
 * segmenter left inside a story's span, past this share of its words, ends the story: what follows it
 * is the teasers or comments it announces. Earlier, such a line is an inline box the story runs past.
 */
export const FOOTER_END_POSITION = 0.8;
