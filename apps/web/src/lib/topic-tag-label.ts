import { isTopicTag, TOPIC_TAGS } from "@jiji/content";
import { localized } from "./localized";

/** A topic tag's name in the UI language; a tag outside the vocabulary (an imported article's) as written. */
export function topicTagLabel(tag: string, locale: string): string {
  return isTopicTag(tag) ? localized(TOPIC_TAGS[tag], locale) : tag;
}
