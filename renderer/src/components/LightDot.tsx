import type { Light } from '../../../shared/monitoring/lights';

/** A light as the list and the editor show it: a coloured dot, with its name beside it for those who cannot tell the colours. */
export function LightDot({ light, label }: { light: Light; label: string }) {
  return (
    <span className="light" data-light={light} title={`${label}：${light === '无' ? '未填' : `${light}灯`}`}>
      {light === '无' ? '○' : '●'}
      <span className="light-name">{light === '无' ? '' : light}</span>
    </span>
  );
}
