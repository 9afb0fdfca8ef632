/** A SharePoint user as the programme shows them: who ticked, who assessed, who published. */
export interface Person {
  id: number;
  name: string;
  email?: string;
}
