import type { Period } from '../../domain/period';
import type { StaircaseAssessment } from '../../domain/staircase';
import type { Loaded } from './rows';

export interface StaircaseRepository {
  forUnit(unitId: number, periods: Period[]): Promise<Loaded<StaircaseAssessment[]>>;
  save(assessment: StaircaseAssessment): Promise<StaircaseAssessment>;
}
