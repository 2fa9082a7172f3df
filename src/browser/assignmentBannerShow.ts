import { contextFor } from '../domain/instructors/context';

/**
 * Fills the layout's `<template id="asg-banner">` with the assignment's title and the link back,
 * and puts it in place, when this page is one of the assignment's items (see
 * domain/instructors/context.ts). Does nothing otherwise.
 */
export function showBanner(raw: string): void {
  const context = contextFor(raw, location.pathname);
  const template = document.getElementById('asg-banner');
  const banner = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
  if (!context || !(banner instanceof HTMLElement)) return;
  const title = banner.querySelector('[data-title]');
  const back = banner.querySelector('a');
  if (!title || !back) return;
  title.textContent = context.title;
  back.href = context.back;
  template!.replaceWith(banner);
}
