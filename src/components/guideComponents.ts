// The components every guide can use without importing them (see content/guides/*.mdx).
import Fact from './Fact.astro';
import Term from './Term.astro';
import HelpLine from './HelpLine.astro';
import HelpNowBox from './HelpNowBox.astro';
import LevelsTable from './LevelsTable.astro';
import HoursEstimator from './HoursEstimatorEmbed.astro';
import CompareLevels from './CompareLevelsEmbed.astro';

export const guideComponents = { Fact, Term, HelpLine, HelpNowBox, LevelsTable, HoursEstimator, CompareLevels };
