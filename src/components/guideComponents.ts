// The components every guide can use without importing them (see content/guides/*.mdx).
import Fact from './Fact.astro';
import Term from './Term.astro';
import HelpLine from './HelpLine.astro';
import HelpNowBox from './HelpNowBox.astro';
import LevelsTable from './LevelsTable.astro';
import HoursEstimator from './HoursEstimatorEmbed.astro';
import CompareLevels from './CompareLevelsEmbed.astro';
import FaqSearch from './FaqSearchEmbed.astro';
import H2 from './H2.astro';
import ContentLink from './ContentLink.astro';
import H3 from './H3.astro';
import LevelsLine from './figures/LevelsLine.astro';
import IopWeek from './figures/IopWeek.astro';
import CarePath from './figures/CarePath.astro';

export const guideComponents = { Fact, Term, HelpLine, HelpNowBox, LevelsTable, HoursEstimator, CompareLevels, FaqSearch, LevelsLine, IopWeek, CarePath, a: ContentLink };

/** Guides also get section links on their headings; FAQ answers and the glossary do not. */
export const guideBodyComponents = { ...guideComponents, h2: H2, h3: H3 };
