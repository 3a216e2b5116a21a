import type {
  AccountResource,
  AccountResourceByKind,
  AccountResourceKind,
} from '@oqullus/plugin-workspaces-common';
import { cloudCredentialForm } from './cloudCredentialForm';
import { networkForm } from './networkForm';
import { ResourceFormDialog } from './ResourceFormDialog';
import { stackTemplateForm } from './stackTemplateForm';
import { stateStorageForm } from './stateStorageForm';

/** The register or edit dialog of `kind`; edits when `resource` is given. */
export function AccountResourceDialog(props: {
  kind: AccountResourceKind;
  resource?: AccountResource;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { kind, onClose, onSaved } = props;
  // The table lists one kind, so its resources are of the kind it passes.
  const resource = <TKind extends AccountResourceKind>() =>
    props.resource as AccountResourceByKind[TKind] | undefined;
  const common = { onClose, onSaved };
  switch (kind) {
    case 'stack-templates':
      return (
        <ResourceFormDialog
          form={stackTemplateForm}
          resource={resource<'stack-templates'>()}
          {...common}
        />
      );
    case 'cloud-credentials':
      return (
        <ResourceFormDialog
          form={cloudCredentialForm}
          resource={resource<'cloud-credentials'>()}
          {...common}
        />
      );
    case 'state-storages':
      return (
        <ResourceFormDialog
          form={stateStorageForm}
          resource={resource<'state-storages'>()}
          {...common}
        />
      );
    default:
      return (
        <ResourceFormDialog
          form={networkForm}
          resource={resource<'networks'>()}
          {...common}
        />
      );
  }
}
