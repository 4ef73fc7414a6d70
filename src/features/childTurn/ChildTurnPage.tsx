// #/child-turn/<conversationId>: the child's turn (Barnets tur). The whole screen is the child's: no header,
// navigation or footer (a bare page), the address is held so that Back or a changed address cannot take the
// child anywhere, and only an adult leaves (a 1.5 s hold, and with the lock on the passphrase too). The
// idle lock still applies: the lock screen replaces the turn, which comes back after unlocking.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conversationAgeBand } from '../../domain/ageBand';
import { usePageTexts } from '../../i18n/pageTexts';
import { holdAddress, navigate } from '../../navigation';
import { getChild, useLive } from '../../storage';
import { useConversationUi } from '../conversation/conversationUiStore';
import { useConversationDraft } from '../conversation/useConversationDraft';
import { useLockStore } from '../lock/lockStore';
import { stopReadAloud } from '../readAloud/readAloud';
import { ChildTurnView } from './ChildTurnView';
import { ExitControl } from './ExitControl';
import { ExitPassphrase } from './ExitPassphrase';
import { leaveFullscreen } from './fullscreen';
import { secondTurnLanguage, turnLanguage } from './turnLanguage';
import './childTurn.css';

export function ChildTurnPage({ conversationId, lang, lang2 }: { conversationId: string; lang?: string; lang2?: string }) {
  const { t, i18n } = useTranslation();
  const { state, update, flush } = useConversationDraft(conversationId);
  const saveState = useConversationUi((s) => s.saveState);
  const lockOn = useLockStore((s) => s.status === 'unlocked');
  const [askPassphrase, setAskPassphrase] = useState(false);
  const conversation = state.status === 'ready' ? state.conversation : undefined;
  const childId = conversation?.childId;
  // { child } once read (the child may be gone), undefined while reading.
  const found = useLive(async () => (childId ? { child: await getChild(childId) } : undefined), [childId]);
  const release = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    const letGo = holdAddress(window.location.hash);
    release.current = letGo;
    return () => {
      letGo();
      stopReadAloud();
    };
  }, []);

  const first = turnLanguage(lang, conversation?.familyLanguage, i18n.language);
  const second = secondTurnLanguage(lang2, first);
  // The turn's own texts, in the child's language(s) and in the app's (the adult's exit), with the wheel's.
  const ready = usePageTexts('childTurn', [first, second]);

  async function leave() {
    setAskPassphrase(false);
    await flush().catch(() => undefined);
    release.current?.();
    leaveFullscreen();
    navigate({ name: 'conversation', conversationId }, { replace: true });
  }
  const held = () => (lockOn ? setAskPassphrase(true) : void leave());

  const body =
    state.status === 'loading' || (conversation && (!ready || found === undefined)) ? (
      <p className="muted">{t('status.loading')}</p>
    ) : !conversation ? (
      <p role="alert">{t('conversation.missing')}</p>
    ) : (
      <ChildTurnView
        conversation={conversation}
        band={conversationAgeBand(conversation, found?.child)}
        lang={first}
        {...(second ? { lang2: second } : {})}
        update={update}
      />
    );

  return (
    <div className="child-turn" data-testid="child-turn" lang={first} dir={i18n.dir(first)}>
      {ready ? <h1 className="sr-only">{i18n.getFixedT(first, 'childTurn')('name')}</h1> : null}
      <div className="child-turn-body" inert={askPassphrase}>
        {body}
        {saveState === 'error' && ready ? (
          <p className="child-turn-save-error" role="alert">
            {i18n.getFixedT(first, 'childTurn')('saveError')}
          </p>
        ) : null}
        {ready ? <ExitControl onHeld={held} /> : null}
      </div>
      {askPassphrase ? <ExitPassphrase onConfirmed={() => void leave()} onCancel={() => setAskPassphrase(false)} /> : null}
    </div>
  );
}
