import { createExtensionTester } from '@backstage/frontend-test-utils';
import { renderInTestApp } from '@backstage/test-utils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
} from '@backstage/plugin-scaffolder-react';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import workspacesPlugin from '../../alpha';
import { WorkspaceTemplateInputsFieldExtension } from '../../plugin';
import { validateWorkspaceTemplateInputs } from './validateWorkspaceTemplateInputs';
import { WorkspaceTemplateInputsField } from './WorkspaceTemplateInputsField';

// Templates name the field `ui:field: WorkspaceTemplateInputs`: both systems must register that name.
describe('the WorkspaceTemplateInputs scaffolder field', () => {
  it('is an extension of the new frontend system plugin', async () => {
    const extension = workspacesPlugin.getExtension(
      'scaffolder-form-field:workspaces/workspace-template-inputs',
    );
    const loader = createExtensionTester(extension).get(
      FormFieldBlueprint.dataRefs.formFieldLoader,
    );
    expect(await loader()).toMatchObject({
      name: 'WorkspaceTemplateInputs',
      component: WorkspaceTemplateInputsField,
      validation: validateWorkspaceTemplateInputs,
    });
  });

  it('is a legacy field extension for ScaffolderFieldExtensions', async () => {
    const outlet = (
      <ScaffolderFieldExtensions>
        <WorkspaceTemplateInputsFieldExtension />
      </ScaffolderFieldExtensions>
    );
    let found: unknown[] = [];
    function ReadExtensions() {
      found = useCustomFieldExtensions(outlet);
      return null;
    }
    await renderInTestApp(<ReadExtensions />);
    expect(found).toEqual([
      expect.objectContaining({
        name: 'WorkspaceTemplateInputs',
        component: WorkspaceTemplateInputsField,
        validation: validateWorkspaceTemplateInputs,
      }),
    ]);
  });
});
