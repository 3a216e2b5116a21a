import { useState } from 'react';
import { Box, IconButton, Tooltip } from '@material-ui/core';
import FileCopyOutlinedIcon from '@material-ui/icons/FileCopyOutlined';
import { InfoCard, Link } from '@backstage/core-components';
import { displayValue, FactTable } from './FactTable';

/** Only real web addresses become links: a value is data, not markup. */
function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

function CopyButton(props: { label: string; text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Tooltip title={copied ? 'Copied' : `Copy ${props.label}`}>
      <IconButton
        size="small"
        aria-label={`Copy ${props.label}`}
        onClick={async () => {
          await window.navigator.clipboard?.writeText(props.text);
          setCopied(true);
        }}
      >
        <FileCopyOutlinedIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

function Value(props: { label: string; value: unknown; copyable: boolean }) {
  const text = displayValue(props.value);
  const url = webUrl(props.value);
  return (
    <Box display="flex" alignItems="center" style={{ gap: 4 }}>
      <Box flex="1 1 auto" minWidth={0}>
        {url ? (
          <Link to={url} target="_blank" rel="noopener noreferrer">
            {text}
          </Link>
        ) : (
          <code>{text}</code>
        )}
      </Box>
      {props.copyable && <CopyButton label={props.label} text={text} />}
    </Box>
  );
}

/**
 * Named values of the workspace, such as its template inputs or Terraform
 * outputs, each by its title when the template gives one.
 */
export function ValuesCard(props: {
  title: string;
  values: Record<string, unknown>;
  emptyText: string;
  subheader?: string;
  /** Titles by value name, such as the template's input titles. */
  labels?: Record<string, string | undefined>;
  /** Outputs are for pasting elsewhere: each gets a copy button. */
  copyable?: boolean;
}) {
  const facts = Object.entries(props.values).map(([name, value]) => {
    const label = props.labels?.[name] ?? name;
    return {
      key: name,
      label,
      value: (
        <Value label={label} value={value} copyable={Boolean(props.copyable)} />
      ),
    };
  });
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
