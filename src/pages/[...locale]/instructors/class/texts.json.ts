import type { APIRoute } from 'astro';
import { classTexts } from '../../../../lib/gradebook-texts';
import { localeParams, type LocaleProps } from '../../../../lib/routes';

/** The words of every question bank and case in one language, fetched by the class gradebook. */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as LocaleProps;
  return new Response(JSON.stringify(await classTexts(locale)), { headers: { 'Content-Type': 'application/json' } });
};
