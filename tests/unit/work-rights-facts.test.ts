// The FMLA and ADA figures a reader sees come from the data module, with a source each.
import { adaEmployment, fmla } from '../../src/data/care-levels.ts';
import { facts } from '../../src/lib/facts.ts';

describe('work-rights facts', () => {
  it('quotes the FMLA figures from the data module', () => {
    expect(facts.fmlaLeave).toBe(`up to ${fmla.leaveWeeks} weeks of unpaid leave in a ${fmla.leavePeriodMonths}-month period`);
    expect(facts.fmlaServiceTime).toBe(`at least ${fmla.serviceMonths} months`);
    expect(facts.fmlaServiceHours).toBe('at least 1,250 hours in the last 12 months');
    expect(facts.fmlaEmployerSize).toBe(`at least ${fmla.employerSize} employees within ${fmla.radiusMiles} miles`);
    expect(facts.adaEmployerSize).toBe(`${adaEmployment.employerSize} or more employees`);
  });

  it('gives every block an official source with an https address', () => {
    for (const block of [fmla, adaEmployment]) {
      expect(block.source.publisher).toMatch(/Department of Labor|Equal Employment Opportunity Commission/);
      expect(block.source.url).toMatch(/^https:\/\/www\.(dol|eeoc)\.gov\//);
    }
  });
});
