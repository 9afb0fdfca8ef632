import type { RichTextEditorStrings, RichTextViewStrings } from '../../RichText';
import { useLocalization } from '../../loc';

export interface RichTextStrings {
  view: RichTextViewStrings;
  editor: RichTextEditorStrings;
}

/** The rich-text viewer's and editor's labels in the person's language. */
export function useRichTextStrings(): RichTextStrings {
  const { strings } = useLocalization();
  return {
    view: { opensInNewWindow: strings.richTextOpensInNewWindow },
    editor: {
      toolbar: strings.richTextToolbar,
      bold: strings.richTextBold,
      italic: strings.richTextItalic,
      heading2: strings.richTextHeading2,
      heading3: strings.richTextHeading3,
      bulletedList: strings.richTextBulletedList,
      numberedList: strings.richTextNumberedList,
      link: strings.richTextLink,
      removeLink: strings.richTextRemoveLink,
      linkDialogTitle: strings.richTextLinkDialogTitle,
      linkAddress: strings.richTextLinkAddress,
      linkAddressHint: strings.richTextLinkAddressHint,
      linkInsert: strings.richTextLinkInsert,
      linkCancel: strings.richTextLinkCancel,
      linkRequired: strings.richTextLinkRequired,
      linkNotAUrl: strings.richTextLinkNotAUrl,
      linkUnsafe: strings.richTextLinkUnsafe
    }
  };
}
