import type { FormSectionProps } from './formSectionProps';
import { AccountResourceSelect } from './AccountResourceSelect';
import type { ProvisioningResources } from './useProvisioningResources';

/** Stack template, cloud credential, state storage and network. */
export function ProvisioningSection(
  props: FormSectionProps & {
    resources: ProvisioningResources;
    onTemplateChange: (name: string) => void;
  },
) {
  const { form, errors, onChange, onBlur, resources } = props;
  return (
    <>
      <AccountResourceSelect
        id="provisioning-stack-template"
        label="Stack template"
        required
        resources={resources.stackTemplates}
        value={form.stackTemplate}
        error={errors['provisioning.stackTemplate']}
        helperText="The Terraform that builds the workspace"
        onChange={props.onTemplateChange}
        onBlur={() => onBlur('provisioning.stackTemplate')}
      />
      <AccountResourceSelect
        id="provisioning-cloud-credential"
        label="Cloud credential"
        required
        resources={resources.cloudCredentials}
        value={form.cloudCredential}
        error={errors['provisioning.cloudCredential']}
        helperText="How Terraform signs in to the cloud"
        onChange={cloudCredential => onChange({ cloudCredential })}
        onBlur={() => onBlur('provisioning.cloudCredential')}
      />
      <AccountResourceSelect
        id="provisioning-state-storage"
        label="State storage"
        required
        resources={resources.stateStorages}
        value={form.stateStorage}
        error={errors['provisioning.stateStorage']}
        helperText="Where the Terraform state is kept"
        onChange={stateStorage => onChange({ stateStorage })}
        onBlur={() => onBlur('provisioning.stateStorage')}
      />
      <AccountResourceSelect
        id="provisioning-network"
        label="Network"
        noneLabel="None (create one)"
        resources={resources.networks}
        value={form.network}
        error={errors['provisioning.network']}
        helperText="An existing network to join, or none to let the template create one"
        onChange={network => onChange({ network })}
        onBlur={() => onBlur('provisioning.network')}
      />
    </>
  );
}
