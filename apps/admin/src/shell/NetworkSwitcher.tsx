import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useT } from '../i18n.ts';
import { useNetworks } from '../networks.ts';

/** Which network the pages show (Suomi.fi Dropdown); remembered in this browser. */
export function NetworkSwitcher() {
  const t = useT();
  const { networks, current, select } = useNetworks();
  if (networks.length === 0) return null;
  return (
    <div className="network-switcher">
      <Dropdown
        labelText={t('network')}
        labelMode="hidden"
        value={current?.id ?? null}
        onChange={(id) => select(id)}
        visualPlaceholder={t('chooseNetwork')}
      >
        {networks.map((network) => (
          <DropdownItem key={network.id} value={network.id}>
            {network.name}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}
