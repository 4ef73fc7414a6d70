import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutUndefined } from '../../domain/objects';
import { PARTICIPATION_WAYS, VIEW_OBTAINED, type Participation, type ParticipationWay } from '../../domain/model';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';

interface ParticipationFormProps {
  participation: Participation | undefined;
  onChange: (participation: Participation) => void;
}

/** How the child took part (SOSFS 2014:5): present, in which ways, interpreter, aids, and whether the child's view could be obtained. */
export function ParticipationForm({ participation, onChange }: ParticipationFormProps) {
  const { t } = useTranslation('childVoice');
  const id = useId();
  const current: Participation = participation ?? { ways: [] };
  const change = (patch: Partial<Participation>) => onChange(withoutUndefined({ ...current, ...patch }));
  const toggleWay = (way: ParticipationWay, on: boolean) => {
    const ways = on ? [...current.ways.filter((w) => w !== way), way] : current.ways.filter((w) => w !== way);
    change(way === 'other' && !on ? { ways, otherWay: undefined } : { ways });
  };
  const yesNo = (value: boolean | undefined, name: string, onPick: (value: boolean) => void) => (
    <div className="choice-row">
      {[true, false].map((option) => (
        <label key={String(option)} className="checkbox">
          <input type="radio" name={name} checked={value === option} onChange={() => onPick(option)} />
          {t(option ? 'participation.yes' : 'participation.no')}
        </label>
      ))}
    </div>
  );
  return (
    <fieldset className="participation" data-testid="participation">
      <legend>{t('participation.heading')}</legend>
      <fieldset>
        <legend>{t('participation.childPresent')}</legend>
        {yesNo(current.childPresent, `${id}-present`, (childPresent) => change({ childPresent }))}
      </fieldset>
      <fieldset>
        <legend>{t('participation.ways')}</legend>
        <div className="choice-row">
          {PARTICIPATION_WAYS.map((way) => (
            <label key={way} className="checkbox">
              <input type="checkbox" checked={current.ways.includes(way)} onChange={(e) => toggleWay(way, e.target.checked)} data-way={way} />
              {t(`participation.way.${way}`)}
            </label>
          ))}
        </div>
        {current.ways.includes('other') ? (
          <TextField label={t('participation.otherWay')} value={current.otherWay ?? ''} onChange={(otherWay) => change({ otherWay: otherWay || undefined })} />
        ) : null}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={current.interpreterUsed === true}
          onChange={(e) => change(e.target.checked ? { interpreterUsed: true } : { interpreterUsed: false, interpreterLanguage: undefined })}
          data-testid="participation-interpreter"
        />
        {t('participation.interpreter')}
      </label>
      {current.interpreterUsed ? (
        <TextField
          label={t('participation.interpreterLanguage')}
          value={current.interpreterLanguage ?? ''}
          onChange={(interpreterLanguage) => change({ interpreterLanguage: interpreterLanguage || undefined })}
        />
      ) : null}
      <TextField
        label={t('participation.aids')}
        value={current.aids ?? ''}
        onChange={(aids) => change({ aids: aids || undefined })}
        hint={t('participation.aidsHint')}
      />
      <fieldset>
        <legend>{t('participation.viewObtained')}</legend>
        <div className="choice-row">
          {VIEW_OBTAINED.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name={`${id}-obtained`}
                checked={current.viewObtained === value}
                onChange={() => change(value === 'yes' ? { viewObtained: value, notObtainedReason: undefined } : { viewObtained: value })}
                data-obtained={value}
              />
              {t(`participation.obtained.${value}`)}
            </label>
          ))}
        </div>
        {current.viewObtained === 'partly' || current.viewObtained === 'no' ? (
          <TextArea
            label={t('participation.notObtainedReason')}
            value={current.notObtainedReason ?? ''}
            onChange={(notObtainedReason) => change({ notObtainedReason: notObtainedReason || undefined })}
          />
        ) : null}
      </fieldset>
    </fieldset>
  );
}
