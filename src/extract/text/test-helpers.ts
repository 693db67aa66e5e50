/**
 * Synthetic stories for the text-capture tests: paragraphs made of a topic's words joined by short
 * function words (which the vocabulary ignores), so two topics read as two different stories.
 */
import { resolveExtractOptions } from '../options.ts';

export const opts = resolveExtractOptions({ referenceTime: new Date('2025-07-11T12:00:00Z') });

export const words = (topic: string[], n: number, salt: number): string[] =>
  Array.from({ length: n }, (_, i) => {
    const w = (k: number) => topic[(i * 3 + k + salt) % topic.length];
    return `${w(0)[0].toUpperCase()}${w(0).slice(1)} and ${w(1)} of the ${w(2)} as ${w(3)} in the ${w(4)}, so ${w(5)} and ${w(6)} for ${w(7)} at the ${w(1)} on ${w(2)}, paragraph ${i + 1}.`;
  });

export const HARBOUR = ['Harbour', 'shipping', 'cranes', 'containers', 'dockworkers', 'freight', 'berths', 'tugboats'];
export const GARDEN = ['Tomatoes', 'compost', 'seedlings', 'watering', 'mulch', 'greenhouse', 'pruning', 'blossoms'];
