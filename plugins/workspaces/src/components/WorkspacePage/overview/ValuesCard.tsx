import { InfoCard } from '@backstage/core-components';
import { displayValue, FactTable } from './FactTable';

/** Named values of the workspace, such as its template inputs or Terraform outputs. */
export function ValuesCard(props: {
  title: string;
  values: Record<string, unknown>;
  emptyText: string;
  subheader?: string;
}) {
  const facts = Object.entries(props.values).map(([name, value]) => ({
    label: name,
    value: <code>{displayValue(value)}</code>,
  }));
  return (
    <InfoCard
      variant="gridItem"
      title={props.title}
      subheader={props.subheader}
    >
      <FactTable
        ariaLabel={props.title}
        facts={facts}
        emptyText={props.emptyText}
      />
    </InfoCard>
  );
}
