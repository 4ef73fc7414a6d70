import { useTranslation } from 'react-i18next';
import { createAction, type Action } from '../../domain/model';
import type { AreaId } from '../../domain/wheel';
import { TextField } from '../../ui/TextField';
import { withoutUndefined } from '../../domain/objects';
import { WhoContactSelect } from '../practice/WhoContactSelect';

interface ActionsEditorProps {
  actions: Action[];
  areaId?: AreaId;
  onChange: (actions: Action[]) => void;
}

/** The actions tied to one area, or (without areaId) to the whole conversation. */
export function ActionsEditor({ actions, areaId, onChange }: ActionsEditorProps) {
  const { t } = useTranslation();
  const mine = actions.filter((action) => action.areaId === areaId);

  function change(id: string, patch: Partial<Action>) {
    onChange(actions.map((action) => (action.id === id ? withoutUndefined({ ...action, ...patch }) : action)));
  }

  function remove(id: string) {
    onChange(actions.filter((action) => action.id !== id));
  }

  function add() {
    onChange([...actions, createAction(areaId ? { areaId } : {})]);
  }

  return (
    <section className="actions-editor" aria-label={t('actions.heading')}>
      <h3>{t('actions.heading')}</h3>
      {mine.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      <ol className="action-list">
        {mine.map((action, index) => (
          <li key={action.id} className="action-item" data-action-id={action.id}>
            <TextField label={t('actions.what', { number: index + 1 })} value={action.what} onChange={(what) => change(action.id, { what })} />
            <TextField label={t('actions.who')} value={action.who} onChange={(who) => change(action.id, { who })} />
            <WhoContactSelect action={action} onChange={(patch) => change(action.id, patch)} />
            <TextField label={t('actions.due')} type="date" value={action.due ?? ''} onChange={(due) => change(action.id, { due: due || undefined })} />
            <div className="action-row">
              <label className="checkbox">
                <input type="checkbox" checked={action.done} onChange={(e) => change(action.id, { done: e.target.checked })} />
                {t('actions.done')}
              </label>
              <button type="button" className="button-quiet" onClick={() => remove(action.id)}>
                {t('actions.remove', { number: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} className="button-secondary">
        {t('actions.add')}
      </button>
    </section>
  );
}
