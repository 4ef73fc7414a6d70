// The pictogram contract (docs/pictograms.md, "How the pictures are made") in the components: wherever the wheel is drawn, each [data-area] holds
// its [data-pictogram] (decoration, hidden from assistive technology), the accessible name stays the
// area's label, and the same pictogram stands beside the area's heading in the area texts.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Wheel } from '../../src/ui/wheel/Wheel';
import { AreaTexts } from '../../src/ui/AreaTexts';
import { WheelDrawing, wheelScene } from '../../src/ui/wheel/WheelDrawing';
import { AREA_IDS, type AreaId } from '../../src/domain/wheel';
import { Pictogram } from '../../src/ui/pictograms/Pictogram';
import { PICTOGRAMS } from '../../src/ui/pictograms/shapes';
import { renderWithI18n } from './renderWithI18n';
import svWheel from '../../locales/sv/wheel.json';
import arWheel from '../../locales/ar/wheel.json';

function expectPictogramsInAreas(root: ParentNode) {
  const areas = [...root.querySelectorAll('[data-area]')];
  expect(areas.map((a) => a.getAttribute('data-area'))).toEqual([...AREA_IDS]);
  for (const area of areas) {
    const id = area.getAttribute('data-area');
    const pictograms = [...area.querySelectorAll('[data-pictogram]')];
    expect(pictograms.map((p) => p.getAttribute('data-pictogram'))).toEqual([id]);
    expect(pictograms[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(pictograms[0]?.querySelectorAll('path, circle, ellipse').length).toBe(PICTOGRAMS[id as AreaId].length);
  }
}

describe('pictograms on the wheel', () => {
  it('puts its own pictogram, hidden from assistive technology, inside every area of the interactive wheel', async () => {
    await renderWithI18n(<Wheel selected="safe" />, 'sv');
    expectPictogramsInAreas(screen.getByTestId('wheel'));
  });

  it('keeps each area named by its label alone, in Swedish and in Arabic', async () => {
    for (const [lng, texts] of [
      ['sv', svWheel],
      ['ar', arWheel],
    ] as const) {
      const { unmount } = await renderWithI18n(<Wheel />, lng);
      for (const id of AREA_IDS) expect(screen.getByRole('button', { name: texts.areas[id].label })).toBeTruthy();
      unmount();
    }
  });

  it('draws the pictograms in the static drawing too (summary and print)', async () => {
    const labels = Object.fromEntries(AREA_IDS.map((id) => [id, svWheel.areas[id].label])) as Record<AreaId, string>;
    const { container } = await renderWithI18n(<WheelDrawing scene={wheelScene({ labels, centre: 'Barnet', rtl: false })} prefix="t" />, 'sv');
    expectPictogramsInAreas(container);
  });

  it('writes each label line as its own <text>, never <tspan>', async () => {
    const { container } = await renderWithI18n(<Wheel />, 'ar');
    expect(container.querySelectorAll('tspan')).toHaveLength(0);
    const nurtured = container.querySelector('[data-area="nurtured"]');
    const lines = [...(nurtured?.querySelectorAll('text.wheel-label') ?? [])].map((t) => t.textContent);
    expect(lines.join(' ')).toBe(arWheel.areas.nurtured.label);
    expect(lines.length).toBe(2);
  });
});

describe('pictograms beside area headings', () => {
  it('shows the area pictogram in the heading, whose name stays the label', async () => {
    await renderWithI18n(<AreaTexts areaId="responsible" />, 'sv');
    const heading = screen.getByRole('heading', { level: 2, name: svWheel.areas.responsible.label });
    const pictogram = heading.querySelector('[data-pictogram]');
    expect(pictogram?.getAttribute('data-pictogram')).toBe('responsible');
    expect(pictogram?.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders the same shapes in the component as in the data', async () => {
    const { container } = await renderWithI18n(<Pictogram area="active" size={64} />, 'sv');
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('width')).toBe('64');
    expect(svg?.getAttribute('focusable')).toBe('false');
    const shapes = [...(svg?.children ?? [])];
    expect(shapes.map((s) => s.localName)).toEqual(PICTOGRAMS.active.map((s) => s.tag));
    expect(shapes.map((s) => s.getAttribute('class'))).toEqual(PICTOGRAMS.active.map((s) => `pg-${s.paint}`));
  });
});
