import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

export interface IMrProgrammeWebPartProps {
  dataSiteUrl: string;
  unitId: number;
  defaultView: string;
  period: number;
}

export default class MrProgrammeWebPart extends BaseClientSideWebPart<IMrProgrammeWebPartProps> {
  public render(): void {
    ReactDom.render(React.createElement('div', null, 'MR-programmet'), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
