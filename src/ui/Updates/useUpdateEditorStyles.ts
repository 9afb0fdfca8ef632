import { makeStyles, tokens } from '@fluentui/react-components';

export const useUpdateEditorStyles = makeStyles({
  preview: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`
  },
  previewLabel: { margin: 0, fontWeight: tokens.fontWeightSemibold }
});
