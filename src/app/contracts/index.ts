/** The application layer's contracts: what `data` implements and the UI and hosts may rely on. */
export * from './actionPlans';
export * from './card';
export * from './checklist';
export * from './checklistSession';
export * from './errors';
export * from './followUp';
export * from './programme';
export * from './repositories';
export * from './rows';
export * from './site';
export * from './staircase';
export * from './units';
export * from './updates';
export * from './unitPeople';
export * from './start';
