// Word classes: the role a word ends in, and whether it names an organisation.
import { describe, expect, it } from 'vitest';
import { isOrgWord, isRoleWord, roleOf } from '../src/stages/words.js';
import type { Token } from '../src/types.js';

const word = (text: string): Token => ({ start: 0, end: text.length, kind: 'word', text, sentence: 0, flags: 0 });

describe('the role a word ends in', () => {
  it.each([
    ['US-Verteidigungsminister', 'minister'],
    ['Verteidigungsministerin', 'ministerin'],
    ['Außenministers', 'minister'],
    ['Kremlsprecher', 'sprecher'],
    ['Regierungssprecherin', 'sprecherin'],
    ['Bundeskanzler', 'kanzler'],
    ['Ministerpräsidenten', 'präsident'],
    ['Haus', null],
    ['Ukraine', null],
  ])('%s → %s', (w, role) => {
    expect(roleOf(w)).toBe(role);
    expect(isRoleWord(word(w))).toBe(role !== null);
  });
});

describe('a word that names an organisation', () => {
  it.each([
    ['Kreml', true],
    ['Außenministerium', true],
    ['Bundesregierung', true],
    ['Nachrichtenagentur', true],
    ['dpa', true],
    // an ending needs three letters before it
    ['Amt', false],
    ['Bamt', false],
    ['Bauamt', true],
    ['Frieden', false],
    ['sagte', false],
  ])('%s → %s', (w, org) => {
    expect(isOrgWord(word(w))).toBe(org);
  });
});

describe('cue verb forms', () => {
  it.each(['fordern', 'auffordern', 'bezweifeln', 'bedauern', 'kritisieren', 'einräumen'])('%s is a cue', async (form) => {
    const { CUE_VERBS } = await import('../src/lexicon/index.js');
    expect(CUE_VERBS.has(form)).toBe(true);
  });
  it.each(['aufforderen', 'bedaueren', 'kritisiern'])('%s is no form', async (form) => {
    const { CUE_VERBS } = await import('../src/lexicon/index.js');
    expect(CUE_VERBS.has(form)).toBe(false);
  });
});
