// #/summary/<conversationId>: the conversation's summary in the UI language, the family's language or
// both side by side, ready to print (the browser's print dialog also saves a PDF) or export.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previousConversation } from '../../domain/changes';
import type { Child, Conversation } from '../../domain/model';
import { loadLanguage } from '../../i18n';
import { LANGUAGE_META, isLanguage, type Language } from '../../i18n/languages';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { getChild, getConversation, listConversations, useLive } from '../../storage';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';
import { SummaryColumn } from './SummaryColumn';
import { columnTranslate } from './summaryTranslate';
import { useShareScope } from '../practice/ShareScope';
import { readSummaryChoice, saveSummaryChoice, type Choice } from './summaryChoice';

/** The conversation's family language, else the first of the child's languages the app has. */
export function defaultFamilyLanguage(conversation: Conversation, child: Child | undefined, ui: string): Language {
  if (isLanguage(conversation.familyLanguage)) return conversation.familyLanguage;
  const fromChild = child?.languages.find((lng) => isLanguage(lng) && lng !== ui);
  if (isLanguage(fromChild)) return fromChild;
  return isLanguage(ui) ? ui : 'sv';
}

interface Loaded {
  conversation?: Conversation;
  child?: Child;
  earlier?: Conversation;
}

async function load(conversationId: string): Promise<Loaded> {
  const conversation = await getConversation(conversationId);
  if (!conversation) return {};
  const [child, siblings] = await Promise.all([getChild(conversation.childId), listConversations(conversation.childId)]);
  return { conversation, child, earlier: previousConversation(siblings, conversation) };
}

export function SummaryPage({ conversationId }: { conversationId: string }) {
  const data = useLive(() => load(conversationId), [conversationId]);
  if (!data) return <Loading />;
  if (!data.conversation || !data.child) return <Missing />;
  return <SummaryView data={{ ...data, conversation: data.conversation, child: data.child }} />;
}

function Loading() {
  const { t } = useTranslation(['export', 'common']);
  return <p className="muted">{t('common:status.loading')}</p>;
}

function Missing() {
  const { t } = useTranslation('export');
  return <p role="alert">{t('summary.missing')}</p>;
}

function SummaryView({ data }: { data: Loaded & { conversation: Conversation; child: Child } }) {
  const { t, i18n } = useTranslation(['export', 'common']);
  const conversation = data.conversation;
  const [{ choice, picked }, setView] = useState(() => readSummaryChoice(conversation.id));
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set());
  const ui: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const family = picked ?? defaultFamilyLanguage(conversation, data.child, ui);

  useEffect(() => {
    saveSummaryChoice(conversation.id, picked ? { choice, picked } : { choice });
  }, [conversation.id, choice, picked]);
  const setChoice = (next: Choice) => setView((view) => ({ ...view, choice: next }));
  const setPicked = (next: Language) => setView((view) => ({ ...view, picked: next }));

  useEffect(() => {
    let live = true;
    void loadLanguage(family).then(() => {
      if (live) setLoaded((previous) => new Set(previous).add(family));
    });
    return () => {
      live = false;
    };
  }, [family]);

  const { child, earlier } = data;
  const scope = useShareScope(conversation, child);

  const familyReady = family === ui || loaded.has(family) || i18n.hasResourceBundle(family, 'wheel');
  const languages: Language[] = choice === 'ui' ? [ui] : choice === 'family' ? [family] : family === ui ? [ui] : [ui, family];
  const columns = languages.map((lng) => ({ lng, ...columnTranslate(i18n, lng, ui) }));
  const fallbackLanguages = columns.filter((c) => c.usesFallback).map((c) => LANGUAGE_META[c.lng].nativeName);

  return (
    <div className="summary-page">
      <div className="summary-controls no-print">
        <p className="breadcrumb">
          <a href={hrefFor({ name: 'conversation', conversationId: conversation.id })}>{t('summary.back')}</a>
          {' · '}
          <a href={hrefFor({ name: 'child', childId: child.id })}>
            <Bidi>{child.alias}</Bidi>
          </a>
        </p>
        <h1>{t('summary.heading')}</h1>
        <fieldset className="summary-language">
          <legend>{t('summary.languageLegend')}</legend>
          {(['ui', 'family', 'both'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input type="radio" name="summary-language" value={value} checked={choice === value} onChange={() => setChoice(value)} />
              {value === 'ui' ? `${t('summary.ui')} (${LANGUAGE_META[ui].nativeName})` : t(`summary.${value}`)}
            </label>
          ))}
          <LanguageSelect label={t('summary.familyLanguage')} value={family} onChange={setPicked} testId="family-language" />
        </fieldset>
        {scope.element}
        <div className="summary-print">
          <button type="button" onClick={() => scope.guard(() => window.print())} data-testid="print">
            {t('summary.print')}
          </button>
          <p className="muted">{t('summary.printHint')}</p>
        </div>
        {fallbackLanguages.length > 0 ? (
          <p className="hint-warning">{t('summary.fallbackNote', { language: fallbackLanguages.join(', '), fallback: LANGUAGE_META[ui].nativeName })}</p>
        ) : null}
      </div>
      {languages.includes(family) && !familyReady ? (
        <p className="muted">{t('common:status.loading')}</p>
      ) : (
        <div className={columns.length > 1 ? 'summary-columns two-languages' : 'summary-columns'}>
          {columns.map(({ lng, t: columnT }) => (
            <SummaryColumn key={lng} child={child} conversation={conversation} earlier={earlier} lng={lng} t={columnT} guard={scope.guard} />
          ))}
        </div>
      )}
    </div>
  );
}
