import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Typography for rich-text content. The editor's writing area uses the same class, so that what an editor
 * writes looks the way staff will read it.
 */
export const useRichTextViewStyles = makeStyles({
  root: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    '& h2': { ...typographyStyles.subtitle1, marginTop: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalS },
    '& h3': { ...typographyStyles.subtitle2, marginTop: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalS },
    '& h4': { ...typographyStyles.body1Strong, marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
    '& p, & ul, & ol, & blockquote': { marginTop: 0, marginBottom: tokens.spacingVerticalM },
    '& ul, & ol': { paddingLeft: tokens.spacingHorizontalXXL },
    '& li': { marginBottom: tokens.spacingVerticalXXS },
    '& blockquote': {
      marginLeft: 0,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`
    },
    // Links are underlined, not told apart by colour alone (WCAG 1.4.1).
    '& a': {
      color: tokens.colorBrandForegroundLink,
      textDecorationLine: 'underline',
      ':hover': { color: tokens.colorBrandForegroundLinkHover },
      ':focus-visible': {
        outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
        borderRadius: tokens.borderRadiusSmall
      }
    },
    '& > :first-child': { marginTop: 0 },
    '& > :last-child': { marginBottom: 0 }
  }
});
