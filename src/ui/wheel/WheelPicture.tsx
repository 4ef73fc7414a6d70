import { useTranslation } from 'react-i18next';
import { AREA_IDS, type AreaId } from '../../domain/wheel';
import { WheelDrawing, wheelScene, type AreaProps } from './WheelDrawing';

export interface WheelPictureProps {
  /** Language of the labels, the hub and the direction the areas run in. */
  language: string;
  /** Unique per drawing on a page (pattern ids). */
  prefix: string;
  className?: string;
  /** Extra attributes per area (the static wheel page marks where each area's texts are). */
  areaProps?: (id: AreaId, label: string) => AreaProps;
}

/**
 * The wheel as a picture, with no ratings and nothing to press: posters, handouts and the static public
 * pages (whose script makes it interactive). Its name is the wheel's; the labels are drawn in `language`.
 */
export function WheelPicture({ language, prefix, className = 'wheel-svg', areaProps }: WheelPictureProps) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'wheel');
  const labels = Object.fromEntries(AREA_IDS.map((id) => [id, t(`areas.${id}.label`)])) as Record<AreaId, string>;
  const scene = wheelScene({ labels, centre: t('centre'), rtl: i18n.dir(language) === 'rtl' });
  return (
    <div className="wheel" data-testid="wheel" lang={language} dir={i18n.dir(language)}>
      <WheelDrawing
        scene={scene}
        prefix={prefix}
        svgProps={{ role: 'img', 'aria-label': i18n.getFixedT(language, 'common')('wheelUi.name'), className }}
        areaProps={(id) => ({ className: `wheel-area wheel-area-${id}`, ...areaProps?.(id, labels[id]) })}
      />
    </div>
  );
}
